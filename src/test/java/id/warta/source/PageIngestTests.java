package id.warta.source;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.warta.TemporaryDataDir;
import id.warta.article.ArticleCatalog;
import id.warta.article.ArticleSummary;
import id.warta.article.ImportResult;
import id.warta.source.FetchedPage.Validators;
import id.warta.article.ArticleImporter;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many pages ingested at once by many threads: they are stored in shared batches, and a
 * syndicated copy is folded into its original even when both arrive in the same batch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "warta.sources.scheduling=false")
@ExtendWith(OutputCaptureExtension.class)
class PageIngestTests {

	private static final int ARTICLES = 40;

	private static final int COPIED = 12;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		TemporaryDataDir.register(registry);
	}

	@Autowired
	PageIngest ingest;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	ArticleSignatureRepository signatures;

	@Test
	void storesPagesArrivingTogetherInBatchesAndFoldsCopiesAmongThem() throws Exception {
		List<FetchedPage> pages = new ArrayList<>();
		for (int n = 0; n < ARTICLES; n++) {
			pages.add(page("https://a.example/berita/" + n, "Kabar A", n, FixtureSite.paragraphs(500 + n)));
		}
		for (int n = 0; n < COPIED; n++) {
			List<String> edited = new ArrayList<>(FixtureSite.paragraphs(500 + n));
			edited.set(0, "JAKARTA (Portal B) - " + edited.get(0));
			edited.add("Baca juga: berita lain dari Portal B.");
			pages.add(page("https://b.example/salinan/" + n, "Portal B", n, edited));
		}
		Collections.shuffle(pages, new java.util.Random(3));
		ExecutorService threads = Executors.newFixedThreadPool(8);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<ImportResult>> results = new ArrayList<>();
		for (FetchedPage page : pages) {
			results.add(threads.submit(() -> {
				go.await();
				return this.ingest.ingest(page);
			}));
		}
		go.countDown();
		List<ImportResult> done = new ArrayList<>();
		for (Future<ImportResult> result : results) {
			done.add(result.get());
		}
		threads.shutdown();
		assertThat(done).filteredOn((result) -> result.status() == ImportResult.Status.IMPORTED).hasSize(ARTICLES);
		assertThat(done).filteredOn((result) -> result.status() == ImportResult.Status.DUPLICATE)
			.hasSize(COPIED)
			.allSatisfy((copy) -> assertThat(copy.articleId()).isNotNull());
		assertThat(this.catalog.count()).isEqualTo(ARTICLES);
		assertThat(this.signatures.count()).isEqualTo(ARTICLES);
		for (int n = 0; n < COPIED; n++) {
			String title = title(n);
			List<ArticleSummary> stored = this.catalog.list(null, 1, 100)
				.items()
				.stream()
				.filter((summary) -> summary.title().equals(title))
				.toList();
			assertThat(stored).as(title).hasSize(1);
			assertThat(this.catalog.copies(stored.get(0).id())).as(title).hasSize(1);
		}
	}

	@Test
	void aPageStoredAlreadyUnderItsOwnAddressIsNoCopyOfItself() {
		FetchedPage page = page("https://c.example/berita/sendiri", "Portal C", 900, FixtureSite.paragraphs(900));
		ImportResult first = this.ingest.ingest(page);
		assertThat(first.status()).isEqualTo(ImportResult.Status.IMPORTED);
		// Fetched again, by this source or another one running at the same time, after
		// the crawler's own check.
		ImportResult again = this.ingest.ingest(page);
		assertThat(again.status()).isEqualTo(ImportResult.Status.DUPLICATE);
		assertThat(again.message()).isEqualTo("already stored as https://c.example/berita/sendiri");
		assertThat(this.catalog.copies(first.articleId())).isEmpty();
	}

	@Test
	void anExtractionThatFailsAsABugWouldIsReportedAndLoggedWithItsStack(CapturedOutput output,
			@Autowired ArticleImporter importer, @Autowired EntityManager entityManager,
			@Autowired SourceSettings settings) {
		PageIngest failing = new PageIngest(importer, this.signatures, entityManager, settings,
				(content, contentType, url) -> {
					throw new IllegalStateException("boom");
				});
		ImportResult result = failing
			.ingest(page("https://a.example/berita/rusak", "Kabar A", 1, FixtureSite.paragraphs(90)));
		assertThat(result.status()).isEqualTo(ImportResult.Status.FAILED);
		// Not "no article": a page that is none is the page's fault, this is ours.
		assertThat(result.message()).startsWith("extraction failed: ").contains("boom");
		assertThat(output).contains("Could not extract https://a.example/berita/rusak")
			.contains("java.lang.IllegalStateException: boom")
			.contains("\tat ");
	}

	private static FetchedPage page(String url, String outlet, int n, List<String> paragraphs) {
		String html = FixtureSite.articleHtml(title(n), outlet, paragraphs, url);
		return new FetchedPage(URI.create(url), 200, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8",
				Validators.NONE);
	}

	private static String title(int n) {
		return "Delegasi kawasan bertemu untuk putaran ke-" + n + " di Jakarta";
	}

}
