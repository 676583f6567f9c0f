package id.warta.language;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordPairAnalyzerTests {

	private final WordPairAnalyzer analyzer = new WordPairAnalyzer(new IndonesianAnalyzer(Lexicon.withShippedRoots()));

	@Test
	void pairsNeighbouringTermsAtTheSecondTermsPosition() throws IOException {
		assertThat(pairs("Korea Utara menembakkan rudal")).containsExactly("korea utara@1[0-11]",
				"utara tembak@2[6-23]", "tembak rudal@3[12-29]");
	}

	@Test
	void makesNoPairAcrossADroppedStopWordNorFromOneWord() throws IOException {
		assertThat(pairs("Presiden di Jakarta menerima tamu")).containsExactly("jakarta terima@3[12-28]",
				"terima tamu@4[20-33]");
		assertThat(pairs("rudal")).isEmpty();
		assertThat(pairs("")).isEmpty();
		assertThat(pairs("yang di dan")).isEmpty();
	}

	@Test
	void pairsLongWordsAndKeepsWorkingAfterAReset() throws IOException {
		String longWord = "a".repeat(100);
		assertThat(pairs(longWord + " " + longWord)).singleElement().asString().startsWith(longWord + " " + longWord);
		assertThat(pairs("laut cina selatan")).containsExactly("laut cina@1[0-9]", "cina selatan@2[5-17]");
	}

	/** Each pair as term@position[start-end]. */
	private List<String> pairs(String text) throws IOException {
		List<String> pairs = new ArrayList<>();
		try (TokenStream stream = this.analyzer.tokenStream("body", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				pairs.add(term + "@" + position + "[" + offset.startOffset() + "-" + offset.endOffset() + "]");
			}
			stream.end();
		}
		return pairs;
	}

}
