package id.warta.language;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
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
	void marksEachPartOfAHyphenatedWordByItsOwnCase() {
		assertThat(Terms.of(this.analyzer, "PBB-UN")).containsExactly("pbb", "^pbb", "un", "^un");
		assertThat(Terms.of(this.analyzer, "UN-Kim")).containsExactly("un", "^un", "kim");
		assertThat(Terms.of(this.analyzer, "Kim-UN")).containsExactly("kim", "un", "^un");
		assertThat(Terms.of(this.analyzer, "Kim-Un-PBB")).containsExactly("kim", "un", "pbb", "^pbb");
		assertThat(Terms.of(this.analyzer, "un-PBB")).containsExactly("un", "pbb", "^pbb");
	}

	@Test
	void putsTheMarkedTermAtThePositionOfThePlainOne() throws IOException {
		List<Integer> increments = new ArrayList<>();
		try (TokenStream stream = this.analyzer.tokenStream("", "UN dan PBB")) {
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				increments.add(increment.getPositionIncrement());
			}
			stream.end();
		}
		// "dan" is a stop word: its gap stays.
		assertThat(increments).containsExactly(1, 0, 2, 0);
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
