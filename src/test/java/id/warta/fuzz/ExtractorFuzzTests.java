package id.warta.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.warta.scraper.ArticleExtractor;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.ExtractionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jazzer fuzz tests of the extractor: any bytes give an article with a body or a clear
 * one-line refusal, never another exception. In {@code verify} they run the inputs kept
 * under {@code src/test/resources/id/warta/fuzz/ExtractorFuzzTestsInputs}; with
 * {@code JAZZER_FUZZ=1} Jazzer searches for new ones.
 */
class ExtractorFuzzTests {

	private final ArticleExtractor extractor = new ArticleExtractor();

	@FuzzTest(maxDuration = "10m")
	void htmlPagesExtractOrAreRefusedClearly(byte[] page) {
		check(page, "text/html");
	}

	@FuzzTest(maxDuration = "10m")
	void textDumpsExtractOrAreRefusedClearly(byte[] dump) {
		check(dump, "text/plain");
	}

	private void check(byte[] input, String type) {
		try {
			ExtractedArticle article = this.extractor.extract(input, type, null);
			assertThat(article.body()).isNotEmpty();
			assertThat(article.title()).isNotNull();
		}
		catch (ExtractionException refused) {
			assertThat(refused.getMessage()).isNotBlank().doesNotContain("\n");
		}
	}

}
