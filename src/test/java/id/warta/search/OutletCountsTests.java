package id.warta.search;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.warta.TemporaryDataDir;
import id.warta.article.Article;
import id.warta.article.ArticleImporter;
import id.warta.article.ImportResult;
import id.warta.article.IncomingArticle;
import id.warta.article.OutletCount;
import id.warta.article.PreAnalyzedText;
import id.warta.article.SearchFields;
import id.warta.language.IndonesianAnalyzer;
import id.warta.scraper.Block;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.PublicationDate;
import jakarta.persistence.EntityManager;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.data.Range;
import org.hibernate.search.util.common.data.RangeBoundInclusion;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The totals and outlet counts of a search, counted in their own pass, against Hibernate
 * Search's own count and terms aggregation of the same words and days.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "warta.sources.scheduling=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutletCountsTests {

	private static final String[] OUTLETS = { "Antara", "Kompas", "Tempo", null };

	private static final String[] WORDS = { "rudal", "nelayan", "perundingan", "pelabuhan", "diplomat" };

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		TemporaryDataDir.register(registry);
	}

	@Autowired
	ArticleSearch search;

	@Autowired
	EntityManager entityManager;

	@BeforeAll
	void store(@Autowired ArticleImporter importer) {
		List<IncomingArticle> articles = new ArrayList<>();
		for (int n = 0; n < 60; n++) {
			String text = WORDS[n % 5] + " dan " + WORDS[(n / 5) % 5] + " di kawasan nomor " + n + ".";
			articles.add(new IncomingArticle("test:" + n,
					new ExtractedArticle("Berita " + WORDS[(n * 7) % 5] + " ke-" + n, OUTLETS[n % 4], null,
							PublicationDate.of(OffsetDateTime.parse("2024-03-01T10:00:00+07:00").plusDays(n)),
							List.of(), "id", List.of(Block.paragraph(text)), 8)));
		}
		articles.add(new IncomingArticle("test:undated", new ExtractedArticle("Catatan rudal tanpa tanggal", "Tempo",
				null, null, List.of(), "id", List.of(Block.paragraph("Catatan tentang rudal dan diplomat.")), 5)));
		importer.importAll(articles);
	}

	@Test
	void newestFirstPutsTheUndatedLast() {
		List<SearchHit> hits = this.search
			.search(new SearchRequest("rudal", List.of(), null, null, SearchRequest.Order.NEWEST, 1, 100))
			.hits()
			.items();
		assertThat(hits).hasSizeGreaterThan(2);
		assertThat(hits.get(hits.size() - 1).article().publishedAt()).isNull();
		List<OffsetDateTime> dates = hits.subList(0, hits.size() - 1)
			.stream()
			.map((hit) -> hit.article().publishedAt())
			.toList();
		assertThat(dates).doesNotContainNull().isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@ParameterizedTest
	@CsvSource(nullValues = "-",
			value = { "rudal, -, -", "rudal nelayan, -, -", "rudal | diplomat, -, -", "berita -rudal, -, -",
					"\"rudal dan nelayan\", -, -", "perundingan, 2024-03-10, 2024-04-10", "kawasan, -, 2024-03-20",
					"kawasan, 2024-04-01, -", "tidak-ada-kata-ini, -, -" })
	@Transactional(readOnly = true)
	void countsWhatHibernateSearchCounts(String query, @Nullable LocalDate from, @Nullable LocalDate to) {
		SearchResults results = this.search
			.search(new SearchRequest(query, List.of(), from, to, SearchRequest.Order.RELEVANCE, 1, 5));
		AggregationKey<Map<String, Long>> byOutlet = AggregationKey.of("outlets");
		SearchResult<Article> expected = Search.session(this.entityManager).search(Article.class).where((f) -> {
			var bool = f.bool()
				.must(f.simpleQueryString()
					.field(SearchFields.TEXT)
					.matching(analysed(query))
					.defaultOperator(BooleanOperator.AND));
			if (from != null || to != null) {
				bool.filter(f.range()
					.field(SearchFields.PUBLISHED)
					.within(Range.between(
							(from != null) ? from.atStartOfDay(id.warta.system.Dateline.WIB).toOffsetDateTime() : null,
							RangeBoundInclusion.INCLUDED,
							(to != null) ? to.plusDays(1).atStartOfDay(id.warta.system.Dateline.WIB).toOffsetDateTime()
									: null,
							RangeBoundInclusion.EXCLUDED)));
			}
			return bool;
		}).aggregation(byOutlet, (f) -> f.terms().field(SearchFields.OUTLET, String.class)).fetch(0);
		assertThat(results.articles()).as(query).isEqualTo(expected.total().hitCount());
		Map<String, Long> counted = new HashMap<>();
		results.outlets().forEach((outlet) -> counted.put(outlet.slug(), outlet.count()));
		Map<String, Long> wanted = new HashMap<>(expected.aggregation(byOutlet));
		wanted.values().removeIf((count) -> count == 0);
		long unknown = expected.total().hitCount() - wanted.values().stream().mapToLong(Long::longValue).sum();
		if (unknown > 0) {
			wanted.put(id.warta.article.OutletSlugs.UNKNOWN, unknown);
		}
		assertThat(counted).as(query).isEqualTo(wanted);
		assertThat(results.outlets()).extracting(OutletCount::count)
			.allSatisfy((count) -> assertThat(count).isPositive());
	}

	@Test
	void countsFollowTheIndexAsArticlesAreStoredAndReindexed(@Autowired ArticleImporter importer,
			@Autowired PlatformTransactionManager transactions) {
		SearchRequest gempa = new SearchRequest("gempa", List.of(), null, null, SearchRequest.Order.RELEVANCE, 1, 5);
		assertThat(this.search.search(gempa).articles()).isZero();
		List<Long> stored = importer.importAll(List.of(gempa(0), gempa(1), gempa(2)))
			.stream()
			.map(ImportResult::articleId)
			.toList();
		assertCounted(gempa, 3);
		// The counts of the older segment are kept, the new one is counted.
		importer.importAll(List.of(gempa(3)));
		assertCounted(gempa, 4);
		// Indexed again: counted once.
		new TransactionTemplate(transactions).executeWithoutResult((status) -> Search.session(this.entityManager)
			.indexingPlan()
			.addOrUpdate(this.entityManager.find(Article.class, stored.get(1))));
		assertCounted(gempa, 4);
	}

	private void assertCounted(SearchRequest request, long articles) {
		SearchResults results = this.search.search(request);
		assertThat(results.articles()).isEqualTo(articles);
		assertThat(results.outlets()).extracting(OutletCount::slug, OutletCount::count)
			.containsExactly(tuple("kompas", articles));
	}

	private static IncomingArticle gempa(int n) {
		return new IncomingArticle("test:gempa-" + n,
				new ExtractedArticle("Gempa di pulau nomor " + n, "Kompas", null,
						PublicationDate.of(OffsetDateTime.parse("2024-05-01T10:00:00+07:00").plusDays(n)), List.of(),
						"id", List.of(Block.paragraph("Gempa mengguncang pulau nomor " + n + ".")), 4));
	}

	private static final Pattern WORD_OR_PHRASE = Pattern.compile("\"[^\"]*\"|[^\\s\"|()+-][^\\s\"|()]*");

	/**
	 * The query with each word and phrase written as the terms Warta's analysis makes of
	 * it, as the index holds them ({@link PreAnalyzedText}): quoted, so that the simple
	 * query syntax takes them as they are; a stop word alone drops out.
	 */
	private static String analysed(String query) {
		Matcher matcher = WORD_OR_PHRASE.matcher(query);
		StringBuilder analysed = new StringBuilder();
		while (matcher.find()) {
			String text = matcher.group().replace("\"", "");
			String terms = PreAnalyzedText.write(ANALYZER, text);
			matcher.appendReplacement(analysed, Matcher.quoteReplacement(terms.isBlank() ? "" : "\"" + terms + "\""));
		}
		matcher.appendTail(analysed);
		return analysed.toString();
	}

	private static final Analyzer ANALYZER = new IndonesianAnalyzer();

}
