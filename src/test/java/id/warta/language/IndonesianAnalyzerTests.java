package id.warta.language;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndonesianAnalyzerTests {

	private final IndonesianAnalyzer analyzer = new IndonesianAnalyzer(Lexicon.withShippedRoots());

	@Test
	void collapsesReduplicatedWordsToTheirRoot() {
		assertThat(terms("negara-negara sehari-hari berbeda-beda")).containsExactly("negara", "hari", "beda");
		assertThat(terms("tembak-menembak kemerah-merahan anak-anaknya")).containsExactly("tembak", "merah", "anak");
	}

	@Test
	void splitsOtherHyphenatedWordsWithTheirOwnOffsets() throws IOException {
		List<String> spans = new ArrayList<>();
		try (TokenStream stream = this.analyzer.tokenStream("body", "Al-Qaeda covid-19")) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				spans.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
			}
			stream.end();
		}
		assertThat(spans).containsExactly("al@0-2", "qaeda@3-8", "covid@9-14", "19@15-17");
	}

	@Test
	void foldsAccentsDropsStopWordsAndLowerCases() {
		assertThat(terms("Café DAN Jakarta yang Mendukung")).containsExactly("cafe", "jakarta", "dukung");
	}

	@Test
	void givesQueriesAndDocumentsTheSameTermForOneFamily() {
		assertThat(terms("pendukung")).isEqualTo(terms("didukung")).isEqualTo(terms("dukungannya"));
	}

	@Test
	void relearnsWhenTheLexiconLearnsARoot() {
		assertThat(terms("dikucilkan")).containsExactly("dikucilkan");
		this.analyzer.learnFrom("Kucil, kucil dan KUCIL.");
		assertThat(terms("dikucilkan pengucilan")).containsExactly("kucil", "kucil");
	}

	@Test
	void learnsTheWordsTheTokenizerWouldGive() throws IOException {
		// The fast path for plain words must agree with the tokenizer on every word that
		// could be learned: random text over letters, digits, accents and the punctuation
		// at word edges and inside words.
		String[] pieces = { "a", "b", "K", "z", "1", "9", " ", "  ", "\n", ",", ";", ".", ":", "'", "\u2019", "-", "_",
				"(", ")", "\"", "\u201c", "\u2026", "\u2014", "é", "e\u0301", "\u00ad", "\u200b", "/", "@", "&", "$",
				"\u00a0", "\u00b7", "\u3002", "\u4e2d", "\ud83d\ude00" };
		java.util.SplittableRandom random = new java.util.SplittableRandom(11);
		for (int n = 0; n < 20_000; n++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(30); i > 0; i--) {
				text.append(pieces[random.nextInt(pieces.length)]);
				if (random.nextInt(3) == 0) {
					text.append("ab".repeat(1 + random.nextInt(3)));
				}
			}
			String input = text.toString();
			assertThat(letterWords(IndonesianAnalyzer.surfaceWords(input))).as("words of [%s]", input)
				.isEqualTo(letterWords(tokenizerWords(input)));
		}
		// Numbers may come apart at a comma; they are never learned.
		assertThat(IndonesianAnalyzer.surfaceWords("Presiden Prabowo, di Jakarta: \"Damai\"—kata U.S. 1,5 juta"))
			.containsExactly("presiden", "prabowo", "di", "jakarta", "damai", "kata", "u.s", "1", "5", "juta");
	}

	private static List<String> letterWords(List<String> words) {
		return words.stream().filter((word) -> word.matches("[a-z]+")).toList();
	}

	private static List<String> tokenizerWords(String text) throws IOException {
		List<String> words = new ArrayList<>();
		try (Analyzer surface = new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				org.apache.lucene.analysis.Tokenizer source = new org.apache.lucene.analysis.standard.StandardTokenizer();
				return new TokenStreamComponents(source,
						new org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter(
								new org.apache.lucene.analysis.LowerCaseFilter(source)));
			}
		}; TokenStream stream = surface.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words.add(term.toString());
			}
			stream.end();
		}
		return words;
	}

	@Test
	void analyzesEmptyHugeAndBinaryishInput() {
		assertThat(terms("")).isEmpty();
		assertThat(terms("- -- --- ‧")).isEmpty();
		assertThat(terms("perundingan ".repeat(100_000))).hasSize(100_000).containsOnly("runding");
		StringBuilder binary = new StringBuilder();
		for (int i = 0; i < 20_000; i++) {
			binary.append((char) ((i * 7919) % 0xD7FF));
		}
		// Every term is one token: no space or control character in it, none empty or
		// huge.
		assertThat(terms(binary.toString())).isNotEmpty()
			.allSatisfy(
					(term) -> assertThat(term).isNotBlank().hasSizeLessThanOrEqualTo(255).matches("[^\\s\\p{Cc}]+"));
	}

	@Test
	void sharesOneLexiconAcrossDefaultAnalyzers() {
		try (Analyzer first = new IndonesianAnalyzer(); IndonesianAnalyzer second = new IndonesianAnalyzer()) {
			assertThat(first).isNotSameAs(second);
			assertThat(second.lexicon()).isSameAs(IndonesianAnalyzer.sharedLexicon());
		}
	}

	private List<String> terms(String text) {
		return Terms.of(this.analyzer, text);
	}

}
