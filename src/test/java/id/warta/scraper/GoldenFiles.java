package id.warta.scraper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden-file checks: each input beside a {@code <case>.expected.json} holding the
 * article (as the extract command prints it, without {@code source}) or an {@code error}.
 * Run with {@code -Dgolden.update=true} to rewrite the expected files, then review the
 * diff.
 */
final class GoldenFiles {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private GoldenFiles() {
	}

	static Stream<Path> inputs(String folder, String extension) throws IOException {
		Path dir = Path.of("src/test/resources", folder);
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter((p) -> p.getFileName().toString().endsWith(extension)).sorted().toList().stream();
		}
	}

	static void check(Path input, ArticleExtractor extractor) throws IOException {
		Map<String, Object> actual;
		try {
			actual = asMap(extractor.extract(Files.readAllBytes(input), null, input.toUri()));
		}
		catch (ExtractionException ex) {
			actual = Map.of("error", ex.getMessage());
		}
		String name = input.getFileName().toString();
		Path expectedFile = input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
		if (Boolean.getBoolean("golden.update")) {
			Files.writeString(expectedFile, JSON.writeValueAsString(actual) + "\n");
		}
		assertThat(expectedFile).as("golden file for %s", name).exists();
		JsonNode expected = JSON.readTree(Files.readString(expectedFile));
		assertThat(JSON.valueToTree(actual).toPrettyString()).as(name).isEqualTo(expected.toPrettyString());
	}

	static Map<String, Object> asMap(ExtractedArticle article) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("title", article.title());
		map.put("outlet", article.outlet());
		map.put("author", article.author());
		map.put("published", (article.published() != null) ? article.published().toIso() : null);
		map.put("citedSources", article.citedSources());
		map.put("language", article.language());
		map.put("body", article.body().stream().map(GoldenFiles::blockText).toList());
		map.put("wordCount", article.wordCount());
		return map;
	}

	/** Subheadings are marked so a golden file shows which blocks are headings. */
	private static String blockText(Block block) {
		return (block.kind() == Block.Kind.HEADING) ? "## " + block.text() : block.text();
	}

	static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> bodyTexts(ExtractedArticle article) {
		return article.body().stream().map(Block::text).toList();
	}

}
