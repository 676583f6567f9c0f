package id.warta.language.names;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class QuotedSpeakersTests {

	private final QuotedSpeakers speakers = new QuotedSpeakers(TestGazetteer.gazetteer());

	@Test
	void aQuoteFollowedByItsVerbAndSpeaker() {
		List<Quote> quotes = this.speakers.find(List.of(
				"\"Indonesia konsisten pada posisinya bahwa dialog adalah kunci,\" kata Retno dalam pernyataan pers.",
				"“Kami bertukar pandangan mengenai situasi,” ujar Menteri Luar Negeri Rusia Sergey Lavrov kepada wartawan."));
		assertThat(quotes).extracting(Quote::speakerKey, Quote::direct)
			.containsExactly(tuple("retno-marsudi", true), tuple("sergey-lavrov", true));
		assertThat(quotes.get(0).text()).isEqualTo("Indonesia konsisten pada posisinya bahwa dialog adalah kunci");
	}

	@Test
	void aSpeakerFollowedByAReportingVerb() {
		List<Quote> quotes = this.speakers.find(List.of("Pemimpin Korea Utara Kim Jong Un menyambut tamunya.",
				"Dalam pertemuan tersebut, Kim menegaskan dukungan tanpa syarat bagi Moskow."));
		assertThat(quotes).extracting(Quote::speakerKey).containsExactly("kim-jong-un");
		assertThat(quotes.get(0).direct()).isFalse();
		assertThat(quotes.get(0).text()).startsWith("dukungan tanpa syarat");
	}

	@Test
	void speakersOutsideTheGazetteerKeepTheirNameWithoutTitles() {
		List<Quote> quotes = this.speakers.find(List.of(
				"\"Kami mengamati pembicaraan itu dengan kekhawatiran,\" kata Menteri Luar Negeri baru Yoko Kamikawa, dilansir AFP.",
				"Profesor Robert Kelly mengatakan, \"Kekhawatiran sesungguhnya adalah program senjata.\""));
		assertThat(quotes).extracting(Quote::speaker).containsExactly("Yoko Kamikawa", "Robert Kelly");
		assertThat(quotes).allMatch((quote) -> quote.entity() == null);
		assertThat(quotes.get(1).direct()).isTrue();
	}

	@Test
	void aPronounIsTheSpeakerQuotedLast() {
		List<Quote> quotes = this.speakers.find(List.of("\"Ini dorongan yang bagus,\" kata Robert Kelly.",
				"\"Mereka mendapatkan sesuatu yang tidak dapat mereka buat,\" katanya."));
		assertThat(quotes).extracting(Quote::speaker).containsExactly("Robert Kelly", "Robert Kelly");
	}

	@Test
	void accordingToNamesTheSpeaker() {
		List<Quote> quotes = this.speakers
			.find(List.of("Menurut Sri Mulyani, pertemuan itu tidak menghasilkan komunike bersama."));
		assertThat(quotes).extracting(Quote::speakerKey).containsExactly("sri-mulyani-indrawati");
	}

	@Test
	void anInstitutionSpeaksWhenNoPersonIsNamed() {
		List<Quote> quotes = this.speakers.find(List
			.of("\"Kapal itu telah diusir dari ZEE Indonesia,\" kata Kementerian Luar Negeri dalam keterangannya."));
		assertThat(quotes).extracting(Quote::speakerKey).containsExactly("kemlu");
	}

	@Test
	void textWithoutReportingVerbsHasNoQuotes() {
		assertThat(this.speakers.find(List.of("Presiden Rusia Vladimir Putin tiba di Pyongyang pada Rabu."))).isEmpty();
		assertThat(this.speakers.find(List.of(""))).isEmpty();
		assertThat(this.speakers.find(List.of("\"".repeat(50_000), "kata ".repeat(10_000)))).isEmpty();
	}

}
