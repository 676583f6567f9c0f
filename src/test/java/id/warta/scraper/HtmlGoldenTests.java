package id.warta.scraper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HTML pages (see {@code src/test/resources/pages/README.md} for each page's trap)
 * against their golden files.
 */
class HtmlGoldenTests {

	private final ArticleExtractor extractor = new ArticleExtractor();

	static Stream<Path> pages() throws IOException {
		return GoldenFiles.inputs("pages", ".html");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void extractsAsTheGoldenFileSays(Path page) throws IOException {
		GoldenFiles.check(page, this.extractor);
	}

}
