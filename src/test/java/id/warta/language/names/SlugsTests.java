package id.warta.language.names;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Korea Utara              | korea-utara
			Ma'ruf Amin              | maruf-amin
			Ma’ruf Amin              | maruf-amin
			  -- Côte d'Ivoire! --   | cote-divoire
			Recep Tayyip Erdoğan     | recep-tayyip-erdogan
			G20                      | g20
			!!!                      | x
			""")
	void makesTheKeyOfAName(String name, String slug) {
		assertThat(Slugs.of(name)).isEqualTo(slug);
	}

	@Test
	void keepsKeysShortWithoutATrailingHyphen() {
		// 79 letters, a space, then more: cut at 80, where the hyphen would end it.
		String name = "a".repeat(79) + " bcd";
		assertThat(Slugs.of(name)).isEqualTo("a".repeat(79));
		assertThat(Slugs.of("b".repeat(100))).isEqualTo("b".repeat(80));
	}

}
