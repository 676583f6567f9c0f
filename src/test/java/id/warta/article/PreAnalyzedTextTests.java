package id.warta.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import id.warta.language.IndexAnalyzer;
import id.warta.language.IndonesianAnalyzer;
import id.warta.language.WordPairAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The written terms read back as the analyzer made them: the same terms at the same
 * positions, alternatives and gaps included, whatever the text.
 */
class PreAnalyzedTextTests {

	private static final Analyzer TERMS = new IndexAnalyzer();

	private static final Analyzer PAIRS = new WordPairAnalyzer(new IndonesianAnalyzer());

	static Stream<String> texts() throws IOException {
		List<String> texts = new ArrayList<>();
		try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
			for (Path seed : seeds.sorted().toList()) {
				texts.add(Files.readString(seed, StandardCharsets.UTF_8));
			}
		}
		texts.add("");
		texts.add("   \n\t ");
		texts.add("dan yang di ke dari");
		texts.add("PBB dan AS-Tiongkok: Kim Jong Un | bertemu\u00a0Presiden || yang");
		texts.add("Presiden Prabowo Subianto, yang tiba di Beijing, bertemu Xi Jinping dan");
		texts.add("x".repeat(5000) + " kata " + "y".repeat(300));
		Random random = new Random(7);
		StringBuilder binary = new StringBuilder();
		for (int i = 0; i < 2000; i++) {
			binary.append((char) random.nextInt(0x3000));
		}
		texts.add(binary.toString());
		return texts.stream();
	}

	@ParameterizedTest
	@MethodSource("texts")
	void theTermsReadBackAreTheAnalyzersTerms(String text) {
		assertThat(tokens(PreAnalyzedText.READER, PreAnalyzedText.write(TERMS, text))).isEqualTo(tokens(TERMS, text));
	}

	@ParameterizedTest
	@MethodSource("texts")
	void thePairsReadBackAreThePairAnalyzersTerms(String text) {
		assertThat(tokens(PreAnalyzedText.READER, PreAnalyzedText.write(PAIRS, text))).isEqualTo(tokens(PAIRS, text));
	}

	@Test
	void abbreviationsStandBesideTheirWordAndStopWordsLeaveGaps() {
		String written = PreAnalyzedText.write(TERMS, "PBB dan Korut");
		assertThat(written).isEqualTo("pbb|^pbb | korut");
		assertThat(tokens(PreAnalyzedText.READER, written)).containsExactly("pbb@0", "^pbb@0", "korut@2", "end@3");
	}

	@Test
	void aPhraseIsWrittenPositionByPosition() {
		String phrase = PreAnalyzedText.phrase(List.of(List.of("korea utara", "korut"), List.of(), List.of("as")));
		assertThat(tokens(PreAnalyzedText.READER, phrase)).containsExactly("korea utara@0", "korut@0", "as@2", "end@3");
	}

	/** Each term at its position, then the position where the text ends. */
	private static List<String> tokens(Analyzer analyzer, String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(SearchFields.TEXT, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				tokens.add(term + "@" + position);
			}
			stream.end();
			position += increment.getPositionIncrement();
			tokens.add("end@" + (position + 1));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return tokens;
	}

}
