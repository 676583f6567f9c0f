package id.warta.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import id.warta.scraper.ArticleExtractor;
import id.warta.scraper.Block;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.ExtractionException;

/**
 * Metadata benchmark command for text dumps: extracts each dump of a folder and compares
 * its title, outlet and publication date with the folder's {@code expected.tsv}
 * ({@code file<TAB>title<TAB>outlet<TAB>date}), then counts chrome lines that leaked into
 * the bodies (view counters, "Suka ini:"). Prints the misses and the counts.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=id.warta.bench.DumpMetadataBenchmark -Dexec.args=src/test/resources/dumps-unseen
 * </pre>
 */
public final class DumpMetadataBenchmark {

	private static final List<String> LEAKS = List.of("dibaca", "dilihat", " views", "suka ini", "suka memuat",
			"bagikan ini");

	private DumpMetadataBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Path dir = Path.of((args.length > 0) ? args[0] : "src/test/resources/dumps-unseen");
		ArticleExtractor extractor = new ArticleExtractor();
		List<String> lines = Files.readAllLines(dir.resolve("expected.tsv"), StandardCharsets.UTF_8);
		int pages = 0;
		int titles = 0;
		int outlets = 0;
		int dates = 0;
		int leaks = 0;
		for (String line : lines.subList(1, lines.size())) {
			String[] expected = line.split("\t", -1);
			if (expected.length < 4) {
				continue;
			}
			pages++;
			ExtractedArticle article;
			try {
				article = extractor.extract(Files.readAllBytes(dir.resolve(expected[0])), "text/plain", null);
			}
			catch (ExtractionException ex) {
				System.out.printf(Locale.ROOT, "%s: error %s%n", expected[0], ex.getMessage());
				continue;
			}
			String date = (article.published() != null) ? article.published().date().toString() : null;
			titles += report(expected[0], "title", expected[1], article.title());
			outlets += report(expected[0], "outlet", expected[2], article.outlet());
			dates += report(expected[0], "date", expected[3], date);
			for (Block block : article.body()) {
				String lower = block.text().toLowerCase(Locale.ROOT);
				if (block.text().length() < 80 && LEAKS.stream().anyMatch(lower::contains)) {
					leaks++;
					System.out.printf(Locale.ROOT, "%s: chrome in body: %s%n", expected[0], block.text());
				}
			}
		}
		System.out.printf(Locale.ROOT,
				"%n%d dumps from %s%ntitles %d/%d, outlets %d/%d, dates %d/%d, chrome lines in bodies %d%n", pages, dir,
				titles, pages, outlets, pages, dates, pages, leaks);
	}

	private static int report(String file, String field, String expected, Object actual) {
		if (Objects.equals(expected, actual)) {
			return 1;
		}
		System.out.printf(Locale.ROOT, "%s: %s %s, expected %s%n", file, field, actual, expected);
		return 0;
	}

}
