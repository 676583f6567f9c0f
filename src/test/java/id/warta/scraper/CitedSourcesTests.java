package id.warta.scraper;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credit lines and attributions in running text.
 */
class CitedSourcesTests {

	@Test
	void readsCreditLines() {
		CitedSources sources = new CitedSources();
		assertThat(sources.acceptCreditLine("Source : The Associated Press")).isTrue();
		assertThat(sources.acceptCreditLine("sumber : cnbcindonesia.com")).isTrue();
		assertThat(sources.acceptCreditLine("Sumber: AFP, KCNA")).isTrue();
		assertThat(sources.acceptCreditLine("REUTERS | AL JAZEERA")).isTrue();
		assertThat(sources.acceptCreditLine("Source link")).isFalse();
		assertThat(sources.acceptCreditLine("Kata sumber yang dekat dengan Kremlin: tidak ada rencana itu.")).isFalse();
		assertThat(sources.names()).containsExactly("The Associated Press", "cnbcindonesia.com", "AFP", "KCNA",
				"Reuters", "Al Jazeera");
	}

	@Test
	void findsAttributionsInTextWithoutDuplicates() {
		CitedSources sources = new CitedSources();
		sources.scan("Dilansir kantor berita Korut, KCNA, Kim yang terisolasi mengadakan pertemuan.");
		sources.scan("kata Menteri Luar Negeri baru Yoko Kamikawa, dilansir AFP.");
		sources.scan("Melansir Kyodonews, Kim mengatakan bahwa hubungan bilateral penting.");
		sources.scan("ujar Lavrov seperti dikutip kantor berita pemerintah Rusia, TASS, dalam konferensi pers.");
		sources.scan("Menurut laporan KCNA, Putin menerima undangan tersebut; Tass melaporkan hal yang sama.");
		assertThat(sources.names()).containsExactly("KCNA", "AFP", "Kyodonews", "TASS");
	}

	@Test
	void ignoresPeopleAndLowercaseQuotations() {
		CitedSources sources = new CitedSources();
		sources.scan("kata Putin, mengutip pepatah Rusia dan merujuk pada peran Uni Soviet.");
		sources.scan("mengatakan kepada Brian Abel dari CNN, menurut pejabat Barat.");
		sources.scan("The official told reporters in Jakarta, according to a statement.");
		assertThat(sources.names()).isEmpty();
	}

	@Test
	void creditsAnAgencyNamedAloneOnALine() {
		CitedSources sources = new CitedSources();
		assertThat(sources.acceptCreditLine("Associated Press")).isTrue();
		assertThat(sources.acceptCreditLine("Xinhua")).isTrue();
		assertThat(sources.acceptCreditLine("Jakarta")).isFalse();
		assertThat(sources.names()).containsExactly("Associated Press", "Xinhua");
	}

	@Test
	void keepsAnAgencyOfTwoLetters() {
		CitedSources sources = new CitedSources();
		assertThat(sources.acceptCreditLine("Sumber: AP")).isTrue();
		assertThat(sources.names()).containsExactly("AP");
	}

	@Test
	void findsTheAgencyAfterAnOutletNounWithoutAComma() {
		CitedSources sources = new CitedSources();
		sources.scan("Pernyataan itu dikutip dari kantor berita Xinhua.");
		sources.scan("Menurut kantor berita KCNA, Kamis (12/10), peluncuran dipantau langsung oleh Kim Jong Un.");
		assertThat(sources.names()).containsExactly("Xinhua", "KCNA");
	}

	@Test
	void creditsTheLongestKnownNameThatStartsAnAttribution() {
		CitedSources sources = new CitedSources();
		sources.scan("Menurut Yonhap News Agency Korea Selatan, latihan gabungan itu dimulai pekan depan.");
		assertThat(sources.names()).containsExactly("Yonhap News Agency");
	}

}
