package id.warta.scraper;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One line of a text dump: its normalised text, its words, and whether it reads as prose.
 */
class DumpLineTests {

	@Test
	void normalisesSpacesAndSplitsOnEveryKindOfLineBreak() {
		assertThat(DumpLine.split("  Harga\u00a0 beras\u200b naik  \r\nkedua\rketiga\nkeempat\u2028"))
			.extracting(DumpLine::text)
			.containsExactly("Harga beras naik", "kedua", "ketiga", "keempat", "");
		assertThat(DumpLine.of("  Harga\u00a0 beras  ").words()).isEqualTo(2);
		assertThat(DumpLine.of(" \u00a0 ").blank()).isTrue();
	}

	@Test
	void aPunctuatedLineOfFiveWordsIsAParagraph() {
		assertThat(DumpLine.of("Harga beras naik lagi hari.").paragraph()).isTrue();
		assertThat(DumpLine.of("Harga beras naik lagi.").paragraph()).isFalse();
		assertThat(DumpLine.of("Harga beras naik lagi hari ini").paragraph()).isFalse();
	}

	@Test
	void aLineEndingInAColonIsAParagraphOnlyWhenLong() {
		assertThat(DumpLine.of("Menurut dia, ada tiga hal yang perlu diperhatikan:").paragraph()).isTrue();
		assertThat(DumpLine.of("Ada tiga hal yang perlu diperhatikan:").paragraph()).isFalse();
	}

	@Test
	void aLongUnpunctuatedLineIsAParagraphOnlyWithInnerPunctuation() {
		String words = "harga beras di pasar induk naik lagi pada pekan ini karena pasokan dari daerah "
				+ "penghasil berkurang setelah musim hujan panjang melanda sawah petani di banyak wilayah";
		assertThat(DumpLine.of(words).words()).isGreaterThanOrEqualTo(25);
		assertThat(DumpLine.of(words).paragraph()).isFalse();
		assertThat(DumpLine.of(words.replace("induk naik", "induk, naik")).paragraph()).isTrue();
	}

	@Test
	void countsTwoCjkCharactersAsOneWord() {
		assertThat(DumpLine.of("東京都知事選挙の結果").words()).isEqualTo(5);
		assertThat(DumpLine.of("東").words()).isEqualTo(1);
	}

	@Test
	void looksPastClosingQuotesForTheStop() {
		assertThat(DumpLine.of("kata dia.”").endsWithStop()).isTrue();
		assertThat(DumpLine.of("kata dia, (").endsWithStop()).isFalse();
		assertThat(DumpLine.of("”)").endsWithStop()).isFalse();
		assertThat(DumpLine.of("ujar dia:").endsWithStop()).isTrue();
		assertThat(DumpLine.of("Baca juga").endsWithStop()).isFalse();
		assertThat(DumpLine.of("kata dia.”").endsSentence()).isTrue();
		assertThat(DumpLine.of("ujar dia:").endsSentence()).isFalse();
		assertThat(DumpLine.of("").endsSentence()).isFalse();
	}

}
