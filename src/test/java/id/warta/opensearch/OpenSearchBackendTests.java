package id.warta.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.warta.WartaApplication;
import id.warta.article.ArticleImporter;
import id.warta.article.IncomingArticle;
import id.warta.article.SearchFields;
import id.warta.article.StoryBadge;
import id.warta.scraper.Block;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.PublicationDate;
import id.warta.search.ArticleSearch;
import id.warta.search.SearchEngine;
import id.warta.search.SearchHit;
import id.warta.search.SearchRequest;
import id.warta.search.SearchResults;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same articles on the embedded backend and on a real OpenSearch server
 * ({@link OpenSearchServer}): two instances of the application side by side, each with
 * its own database, the seeds and the same generated articles imported into both. Every
 * query gives the same hits in the same order, the same counts per outlet, entity, agency
 * and week, the same stories and the same "did you mean".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSearchBackendTests {

	private static final String[] WORDS = { "rudal", "nelayan", "perundingan", "diplomat", "pelabuhan" };

	private static final String[] OUTLETS = { "Kompas.com", "Tempo.co", "detik.com", "Antara" };

	private ConfigurableApplicationContext lucene;

	private ConfigurableApplicationContext opensearch;

	@BeforeAll
	void startBoth() {
		OpenSearchServer.get().deleteIndexes();
		String uri = OpenSearchServer.get().uri();
		this.lucene = start("warta.search.backend=lucene");
		this.opensearch = start("warta.search.backend=opensearch", "warta.search.opensearch.uris=" + uri);
		List<IncomingArticle> articles = articles();
		this.lucene.getBean(ArticleImporter.class).importAll(articles);
		this.opensearch.getBean(ArticleImporter.class).importAll(articles);
	}

	@AfterAll
	void stopBoth() {
		this.lucene.close();
		this.opensearch.close();
	}

	private static ConfigurableApplicationContext start(String... properties) {
		Path dir;
		try {
			dir = Files.createTempDirectory("warta-backend-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> all = new ArrayList<>(List.of(properties));
		all.addAll(List.of("warta.data-dir=" + dir, "warta.seeds-dir=seeds", "warta.sources.scheduling=false",
				"warta.search.requests-per-second-per-client=0", "spring.main.banner-mode=off"));
		// As arguments: above application.properties, as a server's own settings are.
		return new SpringApplicationBuilder(WartaApplication.class).web(WebApplicationType.NONE)
			.run(all.stream().map((property) -> "--" + property).toArray(String[]::new));
	}

	/** Articles over two months, four outlets and five words, one undated. */
	private static List<IncomingArticle> articles() {
		List<IncomingArticle> articles = new ArrayList<>();
		for (int n = 0; n < 60; n++) {
			String text = WORDS[n % 5] + " dan " + WORDS[(n / 5) % 5] + " di kawasan Laut Cina Selatan nomor " + n
					+ ". Kementerian Luar Negeri Korea Utara menanggapi " + WORDS[(n * 3) % 5] + ".";
			articles.add(new IncomingArticle("test:" + n,
					new ExtractedArticle("Berita " + WORDS[(n * 7) % 5] + " ke-" + n, OUTLETS[n % 4], null,
							PublicationDate.of(OffsetDateTime.parse("2024-03-01T10:00:00+07:00").plusDays(n)),
							List.of(), "id", List.of(Block.paragraph(text)), 8)));
		}
		articles.add(new IncomingArticle("test:undated", new ExtractedArticle("Catatan rudal tanpa tanggal", "Tempo",
				null, null, List.of(), "id", List.of(Block.paragraph("Catatan tentang rudal dan diplomat AS.")), 5)));
		return articles;
	}

	static List<SearchRequest> requests() {
		List<SearchRequest> requests = new ArrayList<>();
		for (String text : new String[] { "rudal", "rudal nelayan", "rudal | diplomat", "berita -rudal",
				"\"rudal dan nelayan\"", "\"laut cina selatan\"", "Korut", "\"Korea Utara\"", "Amerika Serikat",
				"Putin", "Presiden Jokowi", "perundingan", "kawasan", "tidak-ada-kata-ini", "perundigan",
				"(rudal | nelayan) -diplomat", "\"menanggapi rudal\"~2" }) {
			requests.add(new SearchRequest(text, List.of(), null, null, SearchRequest.Order.RELEVANCE, 1, 100));
			requests.add(new SearchRequest(text, List.of(), null, null, SearchRequest.Order.NEWEST, 1, 10));
		}
		requests.add(new SearchRequest(null, List.of(), null, null, SearchRequest.Order.NEWEST, 1, 100));
		requests.add(new SearchRequest(null, List.of(), null, null, SearchRequest.Order.NEWEST, 2, 10));
		requests.add(new SearchRequest("kawasan", List.of("tempo-co", "antara"), null, null,
				SearchRequest.Order.RELEVANCE, 1, 100));
		requests.add(new SearchRequest("kawasan", List.of(), LocalDate.of(2024, 3, 10), LocalDate.of(2024, 4, 10),
				SearchRequest.Order.RELEVANCE, 1, 100));
		requests.add(new SearchRequest("rudal", List.of(), List.of(), List.of(), null, null, LocalDate.of(2024, 3, 20),
				SearchRequest.Order.NEWEST, 1, 100, true));
		requests.add(new SearchRequest("Putin", List.of(), List.of("vladimir-putin"), List.of(), null, null, null,
				SearchRequest.Order.RELEVANCE, 1, 100, true));
		return requests;
	}

	@ParameterizedTest
	@MethodSource("requests")
	void bothBackendsGiveTheSameResults(SearchRequest request) {
		Results expected = Results.of(this.lucene.getBean(ArticleSearch.class).search(request));
		Results actual = Results.of(this.opensearch.getBean(ArticleSearch.class).search(request));
		assertThat(actual).as(request.toString()).isEqualTo(expected);
	}

	@Test
	void theQueriesFindSomething() {
		SearchResults found = this.opensearch.getBean(ArticleSearch.class)
			.search(new SearchRequest("\"laut cina selatan\"", List.of(), null, null, SearchRequest.Order.RELEVANCE, 1,
					100));
		assertThat(found.articles()).isGreaterThanOrEqualTo(60);
		assertThat(this.opensearch.getBean(ArticleSearch.class)
			.search(new SearchRequest("Korut", List.of(), null, null, SearchRequest.Order.RELEVANCE, 1, 100))
			.articles()).isGreaterThanOrEqualTo(60);
	}

	@Test
	void theSpellCheckerOffersTheSameTerms() {
		for (String misspelt : List.of("rudak", "nelayam", "diplomst", "pelabuhsn", "kawasn")) {
			List<String> expected = similar(this.lucene, misspelt);
			assertThat(similar(this.opensearch, misspelt)).as(misspelt).isEqualTo(expected);
		}
		assertThat(similar(this.opensearch, "rudak")).contains("rudal");
		// A term the index holds has no suggestions.
		assertThat(similar(this.opensearch, "rudal")).isEmpty();
	}

	private static List<String> similar(ConfigurableApplicationContext context, String term) {
		try (EntityManager entityManager = context.getBean(EntityManagerFactory.class).createEntityManager()) {
			return context.getBean(SearchEngine.class)
				.similarTerms(Search.session(entityManager), SearchFields.TEXT, term, 3);
		}
	}

	@Test
	void termFrequenciesAskedTogetherAreThoseAskedOneByOne() {
		// More terms than one request counts (500), most of them in no article.
		List<String> terms = new ArrayList<>(List.of("rudal", "putin", "korea", "rusia", "vostochny", "pertemuan"));
		for (int i = 0; terms.size() < 1_200; i++) {
			terms.add("tidakada" + i);
		}
		for (String field : List.of(SearchFields.TEXT, SearchFields.ENTITY)) {
			Map<String, Long> together = frequencies(this.opensearch, field, terms);
			assertThat(together).hasSize(terms.size());
			for (String term : terms) {
				assertThat(together.get(term)).as("%s:%s", field, term)
					.isEqualTo(frequency(this.opensearch, field, term));
			}
		}
		assertThat(frequencies(this.opensearch, SearchFields.TEXT, terms).get("putin")).isPositive();
		assertThat(frequencies(this.opensearch, SearchFields.ENTITY, List.of("rusia")).get("rusia")).isPositive();
	}

	private static Map<String, Long> frequencies(ConfigurableApplicationContext context, String field,
			List<String> terms) {
		try (EntityManager entityManager = context.getBean(EntityManagerFactory.class).createEntityManager()) {
			return context.getBean(SearchEngine.class).documentFrequencies(Search.session(entityManager), field, terms);
		}
	}

	private static long frequency(ConfigurableApplicationContext context, String field, String term) {
		try (EntityManager entityManager = context.getBean(EntityManagerFactory.class).createEntityManager()) {
			return context.getBean(SearchEngine.class).documentFrequency(Search.session(entityManager), field, term);
		}
	}

	@Test
	void theArticlesFormTheSameStories() {
		assertThat(stories(this.opensearch)).isEqualTo(stories(this.lucene)).isNotEmpty();
	}

	private static Map<String, Long> stories(ConfigurableApplicationContext context) {
		Map<String, Long> stories = new TreeMap<>();
		context.getBean(JdbcTemplate.class)
			.queryForList("select source, story_id from article")
			.forEach((row) -> stories.put((String) row.get("source"),
					(row.get("story_id") != null) ? ((Number) row.get("story_id")).longValue() : null));
		return stories;
	}

	/**
	 * What a reader sees of results, all but the time they took and the headlines of the
	 * stories: a story takes the headline most representative of its articles by how
	 * common their words are in the index as the story's placements saw it, and two
	 * near-tied headlines may fall either way while a batch is being indexed. The stories
	 * themselves are the same ({@link #theArticlesFormTheSameStories}).
	 */
	private record Results(Object hits, long total, long articles, Object outlets, Object entities, Object agencies,
			Object chart, Object leftOut, Object suggestions) {

		static Results of(SearchResults results) {
			List<SearchHit> hits = results.hits()
				.items()
				.stream()
				.map((hit) -> new SearchHit(hit.article(), hit.title(), hit.snippet(),
						(hit.story() != null) ? new StoryBadge(hit.story().storyId(), "", hit.story().articles(),
								hit.story().outlets()) : null))
				.toList();
			return new Results(hits, results.hits().total(), results.articles(), results.outlets(), results.entities(),
					results.agencies(), results.chart(), results.leftOut(), results.suggestions());
		}

	}

}
