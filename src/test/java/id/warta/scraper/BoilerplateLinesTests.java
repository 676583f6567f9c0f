package id.warta.scraper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chrome lines are matched by phrase and shape, case-insensitively, as whole lines.
 */
class BoilerplateLinesTests {

	@ParameterizedTest
	@ValueSource(strings = { "Connect with us", "PUBLISHED", "on", "Click to comment", "Source link", ".", "31",
			"Previous Post Next Post", "AP Images : Kim Jong Un meets Vladimir Putin", "Foto: Dok. Kemlu", "Foto:",
			"Dok.", "(Foto: Reuters/Sputnik)", "Kim Jong Un saat berdialog dengan Putin, Rabu (13/9) [ist]",
			"Baca juga: Putin Undang Kim ke Rusia", "Tags: Korea Utara, Rusia", "Share this:", "Like this:",
			"Orang-orang menonton televisi di Seoul. (AP PHOTO/AHN YOUNG-JOON)", "(isn/bac)", "[Gambas:Video CNN]",
			"Copyright © 2024 Warta. All rights reserved.", "Alamat email Anda tidak akan dipublikasikan." })
	void recognisesChrome(String line) {
		assertThat(BoilerplateLines.isBoilerplate(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Teman Lama", "Kunjungan tersebut diumumkan oleh media Rusia dan Korea Utara.",
			"Foto-foto yang dirilis Kementerian Luar Negeri Rusia menunjukkan kedua pria itu tersenyum.",
			"Published reports said the talks lasted five hours." })
	void keepsText(String line) {
		assertThat(BoilerplateLines.isBoilerplate(line)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Leave a Reply", "LEAVE A REPLY", "KOMENTAR", "Post a Comment", "34 responses to “Title”",
			"0 Comments" })
	void recognisesCommentSections(String line) {
		assertThat(BoilerplateLines.opensComments(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "budi99 says:", "Milan Griffes on September 12, 2018 at 4:47 pm said:",
			"Rina Wulandari pada 3 Mei 2024 pukul 10.15 menulis:" })
	void recognisesCommentHeaders(String line) {
		assertThat(BoilerplateLines.opensComments(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "In a wide-ranging interview, President Obama also said:", "Makali wrote:",
			"Various other people wrote:", "Dalam wawancara itu, Menteri Luar Negeri Retno Marsudi juga berkata:" })
	void keepsLinesThatIntroduceAQuoteOrAList(String line) {
		assertThat(BoilerplateLines.opensComments(line)).isFalse();
	}

}
