package id.warta.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import id.warta.scraper.ArticleExtractor;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.ExtractionException;

/**
 * Warta's own story fixtures ({@code src/test/resources/stories}: versions of one event
 * by several outlets, and hard negatives) and the seeds, with the story each belongs to.
 */
final class StoryFixtures {

	static final Path FOLDER = Path.of("src/test/resources/stories");

	static final Path SEEDS = Path.of("seeds");

	/** Written after the weights were set, by other hands: a first check beyond them. */
	static final Path HELD_OUT = Path.of("src/test/resources/stories-heldout");

	private StoryFixtures() {
	}

	/**
	 * One fixture: its file, the story it belongs to, and what the extractor makes of it.
	 */
	record Fixture(Path file, String story, ExtractedArticle article) {
	}

	/** The fixtures in the order of their lists, then the seeds. */
	static List<Fixture> all() {
		return read(FOLDER, true);
	}

	/** The held-out fixtures, in the order of their lists. */
	static List<Fixture> heldOut() {
		return read(HELD_OUT, false);
	}

	private static List<Fixture> read(Path folder, boolean withSeeds) {
		List<Fixture> fixtures = new ArrayList<>();
		ArticleExtractor extractor = new ArticleExtractor();
		try (Stream<Path> lists = Files.list(folder)) {
			for (Path list : lists.filter((p) -> p.toString().endsWith(".tsv")).sorted().toList()) {
				for (String line : Files.readAllLines(list)) {
					if (line.isBlank() || line.startsWith("#")) {
						continue;
					}
					String[] columns = line.split("\t");
					Path file = folder.resolve(columns[0].strip());
					fixtures.add(new Fixture(file, columns[1].strip(), extract(extractor, file)));
				}
			}
			String[] seedStories = { "seeds-summit", "seeds-lavrov", "seeds-summit", "seeds-visit", "seeds-summit" };
			if (!withSeeds) {
				return fixtures;
			}
			try (Stream<Path> seeds = Files.list(SEEDS)) {
				List<Path> files = seeds.sorted().toList();
				for (int i = 0; i < files.size(); i++) {
					fixtures.add(new Fixture(files.get(i), seedStories[i], extract(extractor, files.get(i))));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return fixtures;
	}

	private static ExtractedArticle extract(ArticleExtractor extractor, Path file) throws IOException {
		try {
			return extractor.extract(Files.readAllBytes(file), null, file.toUri());
		}
		catch (ExtractionException ex) {
			throw new IllegalStateException(file + ": " + ex.getMessage(), ex);
		}
	}

}
