package id.warta.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.warta.TemporaryDataDir;
import id.warta.article.ArticleCatalog;
import id.warta.article.ArticleImporter;
import id.warta.article.ImportResult;
import id.warta.scraper.Block;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Story grouping as the server does it, each fixture stored in its own transaction: the
 * candidates from the search index, read again every five placements, and from the
 * placements since, in memory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "warta.sources.scheduling=false", "warta.stories.index-read-every=5" })
class StoredGroupingTests {

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		TemporaryDataDir.register(registry);
	}

	@Autowired
	ArticleImporter importer;

	@Autowired
	ArticleCatalog catalog;

	@Test
	void theStoredFixturesAreGroupedAsWellAsByTheStoriesCommand() {
		List<StoryFixtures.Fixture> fixtures = StoryFixtures.all();
		List<String> truth = new ArrayList<>();
		List<Long> stored = new ArrayList<>();
		InMemoryStories alone = new InMemoryStories();
		List<Long> inMemory = new ArrayList<>();
		StoryFeatureReader reader = new StoryFeatureReader();
		for (StoryFixtures.Fixture fixture : fixtures) {
			ImportResult result = this.importer.importExtracted(fixture.file().toString(), fixture.article());
			assertThat(result.status()).as(fixture.file().toString()).isEqualTo(ImportResult.Status.IMPORTED);
			truth.add(fixture.story());
			stored.add(this.catalog.find(result.articleId()).orElseThrow().storyId());
			inMemory.add(alone.add(reader.read(fixture.article().title(),
					fixture.article().body().stream().map(Block::text).toList(), (fixture.article().published() != null)
							? fixture.article().published().dateTime().toLocalDate() : null)));
		}
		BCubed server = BCubed.of(truth, stored);
		assertThat(server.f1()).isGreaterThanOrEqualTo(0.95);
		assertThat(server.wrongPairs()).isLessThanOrEqualTo(2);
		// The statistics differ a little (the index counts every term of a text, the
		// command those it keeps), and so may a close call: the groupings mostly agree.
		List<Integer> expected = partition(inMemory);
		List<Integer> actual = partition(stored);
		long agreeing = java.util.stream.IntStream.range(0, truth.size())
			.filter((i) -> expected.get(i).equals(actual.get(i)))
			.count();
		assertThat(agreeing).isGreaterThanOrEqualTo(truth.size() - 2);
	}

	/** For each item, the first item of its group: the same for the same grouping. */
	private static List<Integer> partition(List<Long> groups) {
		Map<Long, Integer> first = new HashMap<>();
		List<Integer> partition = new ArrayList<>();
		for (int i = 0; i < groups.size(); i++) {
			partition.add(first.computeIfAbsent(groups.get(i), (group) -> partition.size()));
		}
		return partition;
	}

}
