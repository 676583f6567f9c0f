package id.warta.language;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IndonesianLemmatizerTests {

	private final IndonesianLemmatizer lemmatizer = new IndonesianLemmatizer(Lexicon.withShippedRoots());

	@ParameterizedTest
	@CsvSource({ "mendukung, dukung", "dukungan, dukung", "didukung, dukung", "pendukung, dukung",
			"pemerintah, perintah", "pemerintahan, perintah", "memerintahkan, perintah", "perundingan, runding",
			"berunding, runding", "keberhasilan, hasil", "memperkuat, kuat", "dipertanyakan, tanya",
			"mempertahankan, tahan", "pernyataan, nyata", "kesejahteraan, sejahtera" })
	void joinsWordFamiliesOnTheirRoot(String word, String root) {
		assertThat(this.lemmatizer.lemma(word)).isEqualTo(root);
	}

	@ParameterizedTest
	@CsvSource({ "menyerang, serang", "memilih, pilih", "menolak, tolak", "mengirim, kirim", "penyerangan, serang",
			"pemilihan, pilih", "penolakan, tolak", "pengiriman, kirim", "mengebom, bom", "bekerja, kerja",
			"belajar, ajar", "pelajaran, ajar", "terancam, ancam", "beragam, ragam", "perawatan, rawat",
			"menyatakan, nyata", "memakan, makan" })
	void undoesTheSoundChangesOfPrefixes(String word, String root) {
		assertThat(this.lemmatizer.lemma(word)).isEqualTo(root);
	}

	@ParameterizedTest
	@CsvSource({ "pemerintah, erintah", "menolak, olak", "memilih, ilih" })
	void handlesWordsThatLuceneMangles(String word, String mangled) {
		assertThat(this.lemmatizer.lemma(word)).isNotEqualTo(mangled).hasSizeGreaterThan(mangled.length());
	}

	@ParameterizedTest
	@CsvSource({ "berita", "pesawat", "menteri", "kemarin", "keluarga", "sekolah", "selatan", "wartawan", "perempuan",
			"kawasan", "tempat", "berat", "terbang", "pengaruh", "masalah" })
	void keepsBaseWordsWhole(String word) {
		assertThat(this.lemmatizer.lemma(word)).isEqualTo(word);
		// Whole, not merely untouched: the same word with a clitic comes back to it.
		assertThat(this.lemmatizer.lemma(word + "nya")).isEqualTo(word);
	}

	@ParameterizedTest
	@CsvSource({ "menara", "memori", "terminal", "pyongyang", "mesin" })
	void keepsUnknownWordsThatOnlyLookAffixed(String word) {
		assertThat(this.lemmatizer.lemma(word)).isEqualTo(word);
		assertThat(this.lemmatizer.lemma(word + "nya")).isEqualTo(word);
	}

	@ParameterizedTest
	@CsvSource({ "kemampuannya, mampu", "bukunya, buku", "pemerintahlah, perintah", "bertemupun, temu", "apakah, apa",
			"rumahku, rumah", "kuambil, ambil", "kaulihat, lihat", "jokowinya, jokowi" })
	void takesOffClitics(String word, String root) {
		assertThat(this.lemmatizer.lemma(word)).isEqualTo(root);
	}

	@Test
	void keepsNamesThatEndLikeAParticle() {
		assertThat(this.lemmatizer.lemma("hizbullah")).isEqualTo("hizbullah");
		assertThat(this.lemmatizer.lemma("abdullah")).isEqualTo("abdullah");
		// While the particle itself comes off a word.
		assertThat(this.lemmatizer.lemma("pergilah")).isEqualTo("pergi");
	}

	@Test
	void prefersAnOverKanWithoutPrefixAndRefusesForbiddenPairs() {
		assertThat(this.lemmatizer.lemma("masakan")).isEqualTo("masak");
		assertThat(this.lemmatizer.lemma("tekanan")).isEqualTo("tekan");
		// ke-...-kan is no Indonesian confix: kerusakan is ke-rusak-an, not ke-rusa-kan.
		assertThat(this.lemmatizer.lemma("kerusakan")).isEqualTo("rusak");
	}

	@Test
	void leavesNumbersShortAndOverlongTokensAlone() {
		assertThat(this.lemmatizer.lemma("2024")).isEqualTo("2024");
		assertThat(this.lemmatizer.lemma("g20")).isEqualTo("g20");
		assertThat(this.lemmatizer.lemma("di")).isEqualTo("di");
		String overlong = "me" + "n".repeat(60);
		assertThat(this.lemmatizer.lemma(overlong)).isEqualTo(overlong);
		// While a short word of the same shape is taken apart.
		assertThat(this.lemmatizer.lemma("menolak")).isEqualTo("tolak");
	}

	@Test
	void learnsTheRootOfAnUnknownWordFamilyFromTheCorpus() {
		Lexicon lexicon = Lexicon.withShippedRoots();
		IndonesianLemmatizer learning = new IndonesianLemmatizer(lexicon);
		assertThat(learning.lemma("dikucilkan")).isEqualTo("dikucilkan");
		assertThat(learning.lemma("pengucilan")).isEqualTo("pengucilan");
		lexicon.learn(List.of("kucil", "kucil", "kucil"));
		assertThat(learning.lemma("dikucilkan")).isEqualTo("kucil");
		assertThat(learning.lemma("mengucilkan")).isEqualTo("kucil");
		assertThat(learning.lemma("pengucilan")).isEqualTo("kucil");
	}

	@Test
	void learnsOnlyWordsSeenOftenEnough() {
		Lexicon lexicon = Lexicon.withShippedRoots(3);
		IndonesianLemmatizer learning = new IndonesianLemmatizer(lexicon);
		lexicon.learn(List.of("kucil", "kucil"));
		assertThat(learning.lemma("dikucilkan")).isEqualTo("dikucilkan");
	}

	@Test
	void prefersShippedRootsOverLearnedDerivedForms() {
		Lexicon lexicon = Lexicon.withShippedRoots(1);
		IndonesianLemmatizer learning = new IndonesianLemmatizer(lexicon);
		// Every derived form of a frequent root also stands alone in a corpus.
		lexicon.learn(List.of("pemerintah", "dukungan", "mendukung"));
		assertThat(learning.lemma("pemerintahan")).isEqualTo("perintah");
		assertThat(learning.lemma("dukungannya")).isEqualTo("dukung");
	}

	@Test
	void takesTheDeepestLearnedRoot() {
		Lexicon lexicon = Lexicon.of(List.of(), 1);
		IndonesianLemmatizer learning = new IndonesianLemmatizer(lexicon);
		lexicon.learn(List.of("pemerintah", "perintah"));
		assertThat(learning.lemma("pemerintahan")).isEqualTo("perintah");
	}

	@Test
	void findsRootsUnderAnInfixOrARepeatedSyllableOnlyWhenAffixesExplainNothing() {
		IndonesianLemmatizer small = new IndonesianLemmatizer(
				Lexicon.of(List.of("kerja", "getar", "tunjuk", "daun", "luhur", "lemah", "kemah", "sambung"), 3));
		assertThat(small.lemma("kinerja")).isEqualTo("kinerja");
		assertThat(small.lemma("gemetar")).isEqualTo("getar");
		assertThat(small.lemma("telunjuknya")).isEqualTo("tunjuk");
		assertThat(small.lemma("dedaunan")).isEqualTo("daun");
		assertThat(small.lemma("leluhur")).isEqualTo("luhur");
		assertThat(small.lemma("kesinambungan")).isEqualTo("kesinambungan");
		// ke-…-an explains kelemahan: the infix reading (k-el-emah) is never tried.
		assertThat(small.lemma("kelemahan")).isEqualTo("lemah");
		// Too short to hold an infix, and no root under one.
		assertThat(small.lemma("gelas")).isEqualTo("gelas");
		assertThat(small.lemma("cermin")).isEqualTo("cermin");
	}

}
