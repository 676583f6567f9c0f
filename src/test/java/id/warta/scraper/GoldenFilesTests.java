package id.warta.scraper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text dumps in the styles of many Indonesian outlets and HTML pages against their golden
 * files; each folder's README says what trap each case holds.
 */
class GoldenFilesTests {

	private final ArticleExtractor extractor = new ArticleExtractor();

	static Stream<Path> dumps() throws IOException {
		return GoldenFiles.inputs("dumps", ".txt");
	}

	static Stream<Path> pages() throws IOException {
		return GoldenFiles.inputs("pages", ".html");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dumps")
	void extractsTextDumpsAsTheGoldenFilesSay(Path dump) throws IOException {
		GoldenFiles.check(dump, this.extractor);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void extractsHtmlPagesAsTheGoldenFilesSay(Path page) throws IOException {
		GoldenFiles.check(page, this.extractor);
	}

}
