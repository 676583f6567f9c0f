package id.warta.language;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The query side of aliases, over the shipped gazetteer and word list: a name finds its
 * aliases, an abbreviation only where it is written as one.
 */
class AliasAnalyzerTests {

	private final AliasAnalyzer analyzer = AliasAnalyzer.standard();

	@Test
	void findsTheOtherNamesOfAnAbbreviationWrittenInCapitals() {
		assertThat(Terms.of(this.analyzer, "PBB")).contains("^pbb", "^un", "serikat", "bangsa", "united", "nations")
			.doesNotContain("un");
	}

	@Test
	void findsThemForAnAbbreviationTypedInLowerCaseToo() {
		assertThat(Terms.of(this.analyzer, "pbb")).contains("pbb", "^pbb", "^un");
	}

	@Test
	void readsAWordWrittenAsANameAsThatWordOnly() {
		// The "Un" of "Kim Jong Un" is no United Nations.
		assertThat(Terms.of(this.analyzer, "Un")).containsExactly("un");
	}

	@Test
	void looksForALongerAbbreviationTypedInCapitalsInAnyCase() {
		assertThat(Terms.of(this.analyzer, "NATO")).contains("nato", "pakta", "atlantik").doesNotContain("^nato");
	}

	@Test
	void leavesWordsWithoutAnAliasAsTheyAre() {
		assertThat(Terms.of(this.analyzer, "nelayan Natuna")).containsExactly("nelayan", "natuna");
	}

	@Test
	void namesTheLineOfAnAliasThatCannotBeRead() {
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> AliasAnalyzer.parse(new StringReader("KTT, summit\ndan => yang\n"), new IndonesianAnalyzer()))
			.withMessageStartingWith("Alias file, line ")
			.withMessageContaining("line 2");
	}

}
