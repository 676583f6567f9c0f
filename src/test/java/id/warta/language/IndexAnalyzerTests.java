package id.warta.language;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index side of abbreviations: a word written in capitals keeps its plain term and
 * gets a marked one beside it, so that the aliases of a query find it only where it is
 * the abbreviation.
 */
class IndexAnalyzerTests {

	private final IndexAnalyzer analyzer = new IndexAnalyzer(new IndonesianAnalyzer(),
			new Acronyms(List.of("un", "pbb")));

	@Test
	void marksAnAbbreviationWrittenInCapitalsBesideItsPlainTerm() {
		assertThat(Terms.of(this.analyzer, "UN dan PBB")).containsExactly("un", "^un", "pbb", "^pbb");
	}

	@Test
	void leavesTheSameWordWrittenAsANameOrInLowerCaseAlone() {
		assertThat(Terms.of(this.analyzer, "Kim Jong Un")).containsExactly("kim", "jong", "un");
		assertThat(Terms.of(this.analyzer, "pbb")).containsExactly("pbb");
	}

	@Test
	void marksOnlyTheAbbreviationsItKnows() {
		assertThat(Terms.of(this.analyzer, "KPK")).containsExactly("kpk");
	}

	@Test
	void startsAfreshForEachText() {
		assertThat(Terms.of(this.analyzer, "UN")).containsExactly("un", "^un");
		assertThat(Terms.of(this.analyzer, "Kim")).containsExactly("kim");
	}

	@Test
	void knowsTheShippedAbbreviations() {
		assertThat(Terms.of(new IndexAnalyzer(), "NATO dan PBB")).containsExactly("nato", "^nato", "pbb", "^pbb");
	}

}
