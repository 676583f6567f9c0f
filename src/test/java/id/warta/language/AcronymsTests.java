package id.warta.language;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AcronymsTests {

	@ParameterizedTest
	@ValueSource(strings = { "AS", "PBB", "UN", "RRT", "PBB-RI", "K.P.K" })
	void readsTwoOrMoreCapitalsWithoutADigitAsAnAbbreviation(String word) {
		assertThat(Acronyms.isAcronym(word)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "A", "Un", "as", "bin", "G20", "F16", "PBb", "", "-" })
	void readsNoOtherWordAsOne(String word) {
		assertThat(Acronyms.isAcronym(word)).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "^un, un, true", "un, un, false", "^, ^, false", "a^b, a^b, false" })
	void tellsAMarkedTermFromItsPlainOne(String term, String plain, boolean marked) {
		assertThat(Acronyms.plain(term)).isEqualTo(plain);
		assertThat(Acronyms.isMarked(term)).isEqualTo(marked);
	}

}
