package id.warta.scraper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text dumps in the styles of many Indonesian outlets (see
 * {@code src/test/resources/dumps/README.md} for each case's trap) against their golden
 * files.
 */
class TextDumpGoldenTests {

	private final ArticleExtractor extractor = new ArticleExtractor();

	static Stream<Path> dumps() throws IOException {
		return GoldenFiles.inputs("dumps", ".txt");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dumps")
	void extractsAsTheGoldenFileSays(Path dump) throws IOException {
		GoldenFiles.check(dump, this.extractor);
	}

}
