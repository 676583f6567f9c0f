package id.warta.scraper;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every phrase of {@code teasers.txt} works in every place that reads teasers.
 */
class TeaserPhrasesTests {

	private static final String TEXT = "Menteri Luar Negeri bertemu mitranya di Jakarta pada Selasa, membahas kerja sama kawasan dan perdagangan.";

	static Stream<String> phrases() {
		return TeaserPhrases.PHRASES.stream();
	}

	@ParameterizedTest
	@MethodSource("phrases")
	void aLineThatOpensWithThePhraseIsChrome(String phrase) {
		assertThat(BoilerplateLines.isBoilerplate(capitalised(phrase) + ": Kim Jong Un Tiba di Rusia")).isTrue();
	}

	@ParameterizedTest
	@MethodSource("phrases")
	void thePhraseAloneAnnouncesTheNextLine(String phrase) {
		assertThat(BoilerplateLines.announcesTeaser(capitalised(phrase) + ":")).isTrue();
	}

	@ParameterizedTest
	@MethodSource("phrases")
	void theInlineTeaserLeavesTheParagraph(String phrase) throws Exception {
		String html = "<html><head><title>Pertemuan Menteri</title></head><body><article><p>" + TEXT + "</p><p>" + TEXT
				+ " <b>" + capitalised(phrase) + ": <a href=\"/x\">Kim Jong Un Tiba di Rusia</a></b></p><p>" + TEXT
				+ " Lagi.</p></article></body></html>";
		ExtractedArticle article = new ArticleExtractor().extract(html.getBytes(StandardCharsets.UTF_8),
				"text/html; charset=UTF-8", null);
		assertThat(article.body()).extracting(Block::text).noneMatch((t) -> t.contains("Kim Jong Un"));
	}

	private static String capitalised(String phrase) {
		return phrase.substring(0, 1).toUpperCase(Locale.ROOT) + phrase.substring(1);
	}

}
