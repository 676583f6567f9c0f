package id.warta.scraper;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Telling Indonesian from English, and neither.
 */
class LanguageGuesserTests {

	@Test
	void tellsIndonesianFromEnglish() {
		assertThat(LanguageGuesser.guess(List.of(Block.paragraph(
				"Presiden Rusia telah menerima undangan untuk mengunjungi Korea Utara, dan hal itu terjadi pada saat yang tepat."))))
			.isEqualTo("id");
		assertThat(LanguageGuesser.guess(List.of(Block.paragraph(
				"The president said that the pact was a matter of concern for anyone who cares about the peninsula."))))
			.isEqualTo("en");
	}

	@Test
	void saysUndeterminedForOtherLanguagesAndTooLittleText() {
		assertThat(LanguageGuesser.guess(List.of(Block.paragraph(
				"Viver uma verdadeira experiência amorosa é um dos maiores prazeres da vida, gostar é sentir com a alma."))))
			.isEqualTo("und");
		assertThat(LanguageGuesser.guess(List.of(Block.paragraph("Halo")))).isEqualTo("und");
	}

}
