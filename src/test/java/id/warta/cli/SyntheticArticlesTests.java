package id.warta.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import id.warta.scraper.ArticleExtractor;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.ExtractionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Synthetic articles for load tests: the same for the same number, made of the seeds'
 * words, spread over 20 outlets and five years.
 */
class SyntheticArticlesTests {

	@Test
	void theSameNumberGivesTheSameArticleWhateverCameBefore() throws Exception {
		SyntheticArticles first = new SyntheticArticles(seeds(), 7);
		SyntheticArticles second = new SyntheticArticles(seeds(), 7);
		ExtractedArticle article = first.article(12_345);
		second.article(1);
		assertThat(second.article(12_345)).isEqualTo(article);
		assertThat(new SyntheticArticles(seeds(), 8).article(12_345)).isNotEqualTo(article);
	}

	@Test
	void articlesUseTheSeedsWordsOverTwentyOutletsAndFiveYears() throws Exception {
		List<ExtractedArticle> seeds = seeds();
		Set<String> seedWords = new HashSet<>();
		seeds.forEach((seed) -> {
			seedWords.addAll(List.of(seed.title().split("\\s+")));
			seed.body().forEach((block) -> seedWords.addAll(List.of(block.text().split("\\s+"))));
		});
		SyntheticArticles synthetic = new SyntheticArticles(seeds, GenerateCommand.SEED);
		Set<String> outlets = new HashSet<>();
		Set<Integer> years = new HashSet<>();
		for (int n = 0; n < 400; n++) {
			ExtractedArticle article = synthetic.article(n);
			outlets.add(article.outlet());
			years.add(article.published().dateTime().getYear());
			assertThat(article.body()).hasSizeGreaterThanOrEqualTo(4);
			assertThat(article.wordCount()).isPositive();
			List<String> bodyWords = article.body()
				.stream()
				.flatMap((b) -> List.of(b.text().split("\\s+")).stream())
				.toList();
			long fromSeeds = bodyWords.stream().filter(seedWords::contains).count();
			assertThat(fromSeeds).as("words from the seeds").isGreaterThan(bodyWords.size() / 2);
		}
		assertThat(outlets).hasSize(SyntheticArticles.OUTLETS);
		assertThat(years).containsExactlyInAnyOrder(2020, 2021, 2022, 2023, 2024);
	}

	@Test
	void articlesComeInEventsOfRealisticSizes() throws Exception {
		SyntheticArticles synthetic = new SyntheticArticles(seeds(), GenerateCommand.SEED);
		EventPlan plan = new EventPlan(GenerateCommand.SEED);
		java.util.Map<Long, List<Long>> events = new java.util.TreeMap<>();
		for (long n = 0; n < 20_000; n++) {
			events.computeIfAbsent(plan.place(n).event(), (e) -> new ArrayList<>()).add(n);
		}
		List<Integer> sizes = events.values().stream().map(List::size).toList();
		long alone = sizes.stream().filter((size) -> size == 1).count();
		assertThat((double) alone / sizes.size()).isBetween(0.35, 0.55);
		assertThat(sizes.stream().mapToInt(Integer::intValue).max().getAsInt()).isGreaterThan(30);
		// The versions of one event share its made-up names and come out within a day.
		List<Long> event = events.values().stream().filter((members) -> members.size() >= 4).findFirst().orElseThrow();
		ExtractedArticle first = synthetic.article(event.get(0));
		String name = first.title().split(" ")[0];
		for (long n : event) {
			ExtractedArticle version = synthetic.article(n);
			assertThat(version.title()).startsWith(name);
			assertThat(java.time.Duration.between(first.published().dateTime(), version.published().dateTime()).abs())
				.isLessThan(java.time.Duration.ofDays(2));
		}
		assertThat(synthetic.article(event.get(event.size() - 1) + 1).title()).doesNotStartWith(name + " ");
	}

	private static List<ExtractedArticle> seeds() throws IOException, ExtractionException {
		List<ExtractedArticle> seeds = new ArrayList<>();
		ArticleExtractor extractor = new ArticleExtractor();
		try (Stream<Path> files = Files.list(Path.of("seeds"))) {
			for (Path file : files.sorted().toList()) {
				seeds.add(extractor.extract(Files.readAllBytes(file), null, file.toUri()));
			}
		}
		return seeds;
	}

}
