package id.warta.story;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import id.warta.scraper.Block;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Story grouping on Warta's own fixtures, with exactly the matcher the server and the
 * {@code stories} command use.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryGroupingTests {

	private List<StoryFixtures.Fixture> fixtures;

	private List<StoryFeatures> features;

	@BeforeAll
	void read() {
		this.fixtures = StoryFixtures.all();
		StoryFeatureReader reader = new StoryFeatureReader();
		this.features = this.fixtures.stream()
			.map((f) -> reader.read(f.article().title(), f.article().body().stream().map(Block::text).toList(),
					(f.article().published() != null) ? f.article().published().dateTime().toLocalDate() : null))
			.toList();
	}

	@Test
	void theSeedsFormTheirThreeStoriesInEveryOrder() {
		List<Integer> seeds = new ArrayList<>();
		for (int i = 0; i < this.fixtures.size(); i++) {
			if (this.fixtures.get(i).story().startsWith("seeds")) {
				seeds.add(i);
			}
		}
		assertThat(seeds).hasSize(5);
		for (List<Integer> order : permutations(seeds)) {
			BCubed result = StoryBenchmark.run(this.fixtures, this.features, order, false, StoryWeights.STANDARD);
			assertThat(result.wrongPairs()).as("order %s", order).isZero();
			assertThat(result.recall()).as("order %s", order).isEqualTo(1.0);
		}
	}

	@Test
	void ownFixturesAreGroupedWithFewWrongPairs() {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < this.fixtures.size(); i++) {
			order.add(i);
		}
		BCubed result = StoryBenchmark.run(this.fixtures, this.features, order, false, StoryWeights.STANDARD);
		assertThat(result.f1()).isGreaterThanOrEqualTo(0.95);
		assertThat(result.wrongPairs()).isLessThanOrEqualTo(2);
	}

	@Test
	void theSameArticlesInTheSameOrderGiveTheSameStories() {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < this.fixtures.size(); i++) {
			order.add(i);
		}
		Collections.shuffle(order, new Random(3));
		List<Long> first = stories(order);
		assertThat(stories(order)).isEqualTo(first);
	}

	@Test
	void hardNegativesOfEachKindStayApart() {
		// A summit and a meeting of the same leaders a year later; two meetings of the
		// same
		// ministers on other topics; finance ministers and leaders in the same city.
		for (String[] apart : new String[][] { { "jokowi-xi-beijing", "jokowi-xi-chengdu" },
				{ "retno-wangyi-gaza", "retno-wangyi-vaksin" }, { "g20-summit", "g20-finance" },
				{ "asean-summit-2023", "asean-amm-2023" }, { "seeds-summit", "seeds-visit" },
				{ "seeds-summit", "seeds-lavrov" } }) {
			List<Integer> order = new ArrayList<>();
			for (int i = 0; i < this.fixtures.size(); i++) {
				String story = this.fixtures.get(i).story();
				if (story.equals(apart[0]) || story.equals(apart[1])) {
					order.add(i);
				}
			}
			BCubed result = StoryBenchmark.run(this.fixtures, this.features, order, false, StoryWeights.STANDARD);
			assertThat(result.wrongPairs()).as("%s and %s", apart[0], apart[1]).isZero();
		}
	}

	private List<Long> stories(List<Integer> order) {
		InMemoryStories stories = new InMemoryStories();
		return order.stream().map((i) -> stories.add(this.features.get(i))).toList();
	}

	private static List<List<Integer>> permutations(List<Integer> items) {
		if (items.size() <= 1) {
			return List.of(items);
		}
		List<List<Integer>> all = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			List<Integer> rest = new ArrayList<>(items);
			Integer first = rest.remove(i);
			for (List<Integer> tail : permutations(rest)) {
				List<Integer> order = new ArrayList<>();
				order.add(first);
				order.addAll(tail);
				all.add(order);
			}
		}
		return all;
	}

}
