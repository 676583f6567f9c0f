package id.warta.search;

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
	void analyzesEmptyHugeAndBinaryishInput() {
		assertThat(terms("")).isEmpty();
		assertThat(terms("- -- --- ‧")).isEmpty();
		assertThat(terms("perundingan ".repeat(100_000))).hasSize(100_000).containsOnly("runding");
		StringBuilder binary = new StringBuilder();
		for (int i = 0; i < 20_000; i++) {
			binary.append((char) ((i * 7919) % 0xD7FF));
		}
		assertThat(terms(binary.toString())).isNotNull();
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
