package id.warta.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import id.warta.WartaApplication;
import id.warta.article.ArticleImporter;
import id.warta.opensearch.OpenSearchServer;
import id.warta.scraper.Block;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.PublicationDate;
import id.warta.search.ArticleSearch;
import id.warta.search.SearchRequest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Warta nodes, as two servers behind a proxy would run: one PostgreSQL database, one
 * OpenSearch index, Hibernate Search's outbox to index each article once, and ShedLock to
 * run each source once. An article stored on A is found on B; a source due on both is
 * fetched once; B keeps serving, and indexing, when A stops.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeTests {

	private static final Logger logger = LoggerFactory.getLogger(TwoNodeTests.class);

	/** How long a stored article may take to be found on the other node, at most. */
	private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(30);

	private EmbeddedPostgres postgres;

	private ConfigurableApplicationContext nodeA;

	private ConfigurableApplicationContext nodeB;

	@BeforeAll
	void startTwoNodes() throws IOException {
		OpenSearchServer search = OpenSearchServer.get();
		search.deleteIndexes();
		this.postgres = EmbeddedPostgres.builder().start();
		this.nodeA = start(search);
		this.nodeB = start(search);
	}

	@AfterAll
	void stop() throws IOException {
		if (this.nodeA.isActive()) {
			this.nodeA.close();
		}
		this.nodeB.close();
		this.postgres.close();
	}

	private ConfigurableApplicationContext start(OpenSearchServer search) {
		Path dir;
		try {
			dir = Files.createTempDirectory("warta-node-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// As arguments: above application.properties, as a server's own settings are.
		return new SpringApplicationBuilder(WartaApplication.class).run("--warta.data-dir=" + dir,
				"--warta.seeds-dir=" + dir.resolve("no-seeds"), "--server.port=0", "--spring.main.banner-mode=off",
				"--warta.sources.scheduling=false", "--warta.fetch.allow-private-addresses=true",
				"--warta.fetch.host-delay=0", "--warta.search.requests-per-second-per-client=0",
				"--warta.search.backend=opensearch", "--warta.search.opensearch.uris=" + search.uri(),
				"--warta.search.coordination=outbox-polling",
				"--spring.datasource.url=" + this.postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=");
	}

	@Test
	@Order(1)
	void anArticleStoredOnOneNodeIsFoundOnTheOther() throws InterruptedException {
		long started = System.nanoTime();
		store(this.nodeA, "https://satu.test/berita/1", "Kapal selam nirawak terlihat di perairan Natuna");
		Duration took = awaitFound(this.nodeB, "nirawak");
		logger.info("An article stored on node A was found on node B after {} ms", took.toMillis());
		assertThat(took).isLessThan(VISIBLE_WITHIN);
		// Indexed once, by one node: one document.
		assertThat(this.nodeA.getBean(ArticleSearch.class).search(request("nirawak")).articles()).isEqualTo(1);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(VISIBLE_WITHIN);
		// The pages of node B show it too.
		assertThat(get(this.nodeB, "/search?q=nirawak").body()).contains("Natuna");
	}

	@Test
	@Order(2)
	void aSourceDueOnBothNodesIsFetchedOnce() throws Exception {
		SourceRunner runnerA = this.nodeA.getBean(SourceRunner.class);
		SourceRunner runnerB = this.nodeB.getBean(SourceRunner.class);
		CountingFeed feeds = new CountingFeed();
		try (MockWebServer site = new MockWebServer()) {
			site.setDispatcher(feeds);
			site.start(InetAddress.getLoopbackAddress(), 0);
			long id = this.nodeA.getBean(SourceService.class)
				.add(new SourceForm(site.url("/rss").toString(), SourceKind.FEED, "Uji", null, 30));
			JdbcTemplate jdbc = this.nodeA.getBean(JdbcTemplate.class);
			for (int round = 1; round <= 3; round++) {
				jdbc.update("update source set next_run_at = ? where id = ?",
						Timestamp.from(Instant.now().minusSeconds(60)), id);
				// Both nodes' schedulers find the source due at the same tick: one runs
				// it.
				boolean a = runnerA.startIfDue(id);
				boolean b = runnerB.startIfDue(id);
				assertThat(a ^ b).as("round " + round + ": one node runs the source").isTrue();
				awaitIdle(runnerA, runnerB, id);
				assertThat(feeds.fetches()).as("round " + round).isEqualTo(round);
			}
		}
	}

	@Test
	@Order(3)
	void theOtherNodeKeepsServingAndIndexingWhenOneStops() throws InterruptedException {
		this.nodeA.close();
		assertThat(get(this.nodeB, "/").statusCode()).isEqualTo(200);
		assertThat(this.nodeB.getBean(ArticleSearch.class).search(request("nirawak")).articles()).isEqualTo(1);
		store(this.nodeB, "https://dua.test/berita/2", "Latihan gabungan amfibi digelar di Selat Malaka");
		Duration took = awaitFound(this.nodeB, "amfibi");
		logger.info("With node A stopped, an article stored on node B was found after {} ms", took.toMillis());
		assertThat(took).isLessThan(VISIBLE_WITHIN);
	}

	private static void store(ConfigurableApplicationContext node, String url, String title) {
		node.getBean(ArticleImporter.class)
			.importExtracted(url, new ExtractedArticle(title, "Uji.com", null, PublicationDate.of(OffsetDateTime.now()),
					List.of(), "id", List.of(Block.paragraph(title + ", kata pejabat setempat kepada wartawan.")), 10));
	}

	private static Duration awaitFound(ConfigurableApplicationContext node, String word) throws InterruptedException {
		long start = System.nanoTime();
		ArticleSearch search = node.getBean(ArticleSearch.class);
		while (search.search(request(word)).articles() == 0) {
			if (System.nanoTime() - start > VISIBLE_WITHIN.toNanos()) {
				break;
			}
			Thread.sleep(50);
		}
		return Duration.ofNanos(System.nanoTime() - start);
	}

	private static SearchRequest request(String text) {
		return new SearchRequest(text, List.of(), null, null, SearchRequest.Order.RELEVANCE, 1, 10);
	}

	private static HttpResponse<String> get(ConfigurableApplicationContext node, String path) {
		int port = ((WebServerApplicationContext) node).getWebServer().getPort();
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
						HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void awaitIdle(SourceRunner a, SourceRunner b, long id) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (a.isRunning(id) || b.isRunning(id)) {
			assertThat(System.nanoTime()).as("runs still going").isLessThan(deadline);
			Thread.sleep(20);
		}
	}

}
