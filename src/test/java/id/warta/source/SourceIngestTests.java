package id.warta.source;

import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import id.warta.TemporaryDataDir;
import id.warta.article.ArticleCatalog;
import id.warta.article.CopyLink;
import id.warta.source.FetchedPage.Validators;
import id.warta.source.SourceCrawler.CrawlTarget;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds, sitemaps, section pages and single articles of a local fixture site, fetched,
 * extracted, stored and indexed end to end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "warta.fetch.allow-private-addresses=true", "warta.fetch.host-delay=0",
				"warta.fetch.retry-backoff=10ms", "warta.fetch.read-timeout=2s", "warta.sources.scheduling=false" })
class SourceIngestTests {

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		TemporaryDataDir.register(registry);
	}

	@Autowired
	SourceCrawler crawler;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	id.warta.article.ArticleImporter importer;

	@Autowired
	LoggingSystem logging;

	@Autowired
	FetchLogRepository log;

	@Autowired
	PoliteFetcher fetcher;

	@Autowired
	PageIngest ingest;

	@Autowired
	IngestThreads ingestThreads;

	@Autowired
	SourceSettings sourceSettings;

	private LocalSite site;

	@BeforeEach
	void start() throws Exception {
		this.site = new LocalSite();
		this.site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private\n");
	}

	@AfterEach
	void stop() {
		this.site.close();
	}

	@Test
	void ingestsAFeedAndSkipsWhatRobotsTxtForbidsOrIsMissing() {
		List<String> links = articles(100, 3);
		links = new java.util.ArrayList<>(links);
		links.add(this.site.url("/private/berita/rahasia-negara-yang-tidak-boleh"));
		links.add(this.site.url("/berita/2024/03/05/hilang-tidak-ada-lagi"));
		this.site.page("/private/berita/rahasia-negara-yang-tidak-boleh", "text/html", page(199, "Rahasia"));
		this.site.response("/rss",
				new MockResponse.Builder().addHeader("Content-Type", "application/rss+xml")
					.addHeader("ETag", "\"v1\"")
					.body(FixtureSite.rss(this.site.url("/"), links))
					.build());
		CrawlReport report = crawl("/rss", null, Validators.NONE);
		assertThat(report.kind()).isEqualTo(SourceKind.FEED);
		assertThat(report.fresh()).isEqualTo(3);
		assertThat(report.failed()).isEqualTo(2);
		assertThat(report.validators().etag()).isEqualTo("\"v1\"");
		assertThat(titles()).contains(FixtureSite.title(100), FixtureSite.title(102))
			.doesNotContain(FixtureSite.title(199));

		CrawlReport again = crawl("/rss", SourceKind.FEED, Validators.NONE);
		assertThat(again.known()).as("stored articles are not fetched again").isEqualTo(3);
		assertThat(again.fresh()).isZero();
	}

	@Test
	void anUnchangedFeedIsNotReadAgain() {
		this.site.taggedPage("/atom.xml", "application/rss+xml", FixtureSite.rss(this.site.url("/"), articles(150, 1)),
				"\"v7\"");
		CrawlReport first = crawl("/atom.xml", SourceKind.FEED, Validators.NONE);
		assertThat(first.fresh() + first.duplicates()).as("the feed and its article read: %s", first).isEqualTo(1);
		assertThat(first.validators().etag()).isEqualTo("\"v7\"");
		// The site answers 304 only to the tag it gave: the crawler sends it back.
		int requests = this.site.requestCount();
		CrawlReport again = crawl("/atom.xml", SourceKind.FEED, first.validators());
		assertThat(again.error()).isNull();
		assertThat(again.fresh() + again.failed() + again.known()).isZero();
		assertThat(this.site.requestCount() - requests).as("the feed alone, not its articles").isEqualTo(1);
	}

	@Test
	void ingestsASitemapAndASectionPage() {
		this.site.page("/sitemap.xml", "application/xml", FixtureSite.sitemap(articles(110, 3)));
		assertThat(crawl("/sitemap.xml", null, Validators.NONE).fresh()).isEqualTo(3);
		this.site.page("/politik", "text/html", FixtureSite.section(articles(120, 2)));
		CrawlReport section = crawl("/politik", null, Validators.NONE);
		assertThat(section.kind()).isEqualTo(SourceKind.SECTION);
		assertThat(section.fresh()).isEqualTo(2);
	}

	@Test
	void discoversTheFeedOfAHomePage() {
		this.site.page("/", "text/html",
				"<html><head><title>Beranda</title><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed\">"
						+ "</head><body><a href=\"/politik\">Politik</a></body></html>");
		this.site.page("/feed", "application/rss+xml", FixtureSite.rss(this.site.url("/"), articles(130, 1)));
		CrawlReport report = crawl("/", null, Validators.NONE);
		assertThat(report.kind()).isEqualTo(SourceKind.FEED);
		assertThat(report.url()).endsWith("/feed");
		assertThat(report.fresh()).isEqualTo(1);
	}

	@Test
	void decodesAWindows1252Page() {
		String title = "Kafe “diplomasi” di Jakarta ramai dikunjungi";
		String html = FixtureSite
			.articleHtml(title, "Warta Kafe", FixtureSite.paragraphs(140),
					this.site.url("/berita/2024/03/05/kafe-diplomasi-di-jakarta"))
			.replace("<meta charset=\"utf-8\">", "");
		this.site.page("/berita/2024/03/05/kafe-diplomasi-di-jakarta", "text/html; charset=windows-1252", html,
				Charset.forName("windows-1252"));
		CrawlReport report = crawl("/berita/2024/03/05/kafe-diplomasi-di-jakarta", null, Validators.NONE);
		assertThat(report.kind()).isEqualTo(SourceKind.ARTICLE);
		assertThat(report.fresh()).isEqualTo(1);
		assertThat(titles()).contains(title);
	}

	@Test
	void storesSyndicatedCopiesOnceAndListsWhereElseTheyAppeared() {
		List<String> original = FixtureSite.paragraphs(150);
		List<String> edited = new java.util.ArrayList<>(original);
		edited.set(0, "JAKARTA (Portal B) - " + original.get(0));
		edited.set(5, original.get(5).replaceFirst("\\S+", "kabinet"));
		edited.add("Baca juga: berita lain dari Portal B.");
		String titleA = "Menteri luar negeri membuka perundingan maritim di Jakarta";
		this.site.page("/a/berita/2024/03/05/menteri-buka-perundingan", "text/html", FixtureSite.articleHtml(titleA,
				"Kantor Berita A", original, this.site.url("/a/berita/2024/03/05/menteri-buka-perundingan")));
		this.site.page("/b/berita/2024/03/06/menlu-buka-perundingan-maritim", "text/html",
				FixtureSite.articleHtml("Menlu buka perundingan maritim di Jakarta", "Portal B", edited,
						this.site.url("/b/berita/2024/03/06/menlu-buka-perundingan-maritim")));
		this.site.page("/copies.xml", "application/xml",
				FixtureSite.sitemap(List.of(this.site.url("/a/berita/2024/03/05/menteri-buka-perundingan"),
						this.site.url("/b/berita/2024/03/06/menlu-buka-perundingan-maritim"))));
		CrawlReport report = crawl("/copies.xml", null, Validators.NONE);
		assertThat(report.fresh()).isEqualTo(1);
		assertThat(report.duplicates()).isEqualTo(1);
		assertThat(titles()).contains(titleA).doesNotContain("Menlu buka perundingan maritim di Jakarta");
		long id = this.catalog.list(null, 1, 100)
			.items()
			.stream()
			.filter((summary) -> summary.title().equals(titleA))
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(this.catalog.copies(id)).extracting(CopyLink::outlet).containsExactly("Portal B");
	}

	@Test
	void foldsAnAmpVariantIntoItsCanonicalPage() {
		String canonical = this.site.url("/berita/2024/03/07/kapal-patroli-tiba-di-natuna");
		String html = FixtureSite.articleHtml("Kapal patroli tiba di Natuna", "Warta Laut", FixtureSite.paragraphs(160),
				canonical);
		this.site.page("/berita/2024/03/07/kapal-patroli-tiba-di-natuna", "text/html", html);
		this.site.page("/amp/berita/2024/03/07/kapal-patroli-tiba-di-natuna", "text/html", html);
		assertThat(
				crawl("/berita/2024/03/07/kapal-patroli-tiba-di-natuna", SourceKind.ARTICLE, Validators.NONE).fresh())
			.isEqualTo(1);
		CrawlReport amp = crawl("/amp/berita/2024/03/07/kapal-patroli-tiba-di-natuna", SourceKind.ARTICLE,
				Validators.NONE);
		assertThat(amp.duplicates()).isEqualTo(1);
		assertThat(this.importer.isKnownUrl(canonical)).isTrue();
	}

	@Test
	void theImportCommandExitsWithTwoWhenAnythingFailed() {
		List<String> links = new java.util.ArrayList<>(articles(170, 2));
		links.add(this.site.url("/berita/2024/03/05/hilang-dari-server-ini"));
		this.site.page("/cli.xml", "application/rss+xml", FixtureSite.rss(this.site.url("/"), links));
		ImportCommand command = new ImportCommand(this.crawler, this.importer, this.logging);
		command.run(new DefaultApplicationArguments("import", this.site.url("/cli.xml")));
		assertThat(command.getExitCode()).isEqualTo(2);
		assertThat(titles()).contains(FixtureSite.title(170), FixtureSite.title(171));

		this.site.page("/ok.xml", "application/rss+xml", FixtureSite.rss(this.site.url("/"), articles(180, 1)));
		ImportCommand ok = new ImportCommand(this.crawler, this.importer, this.logging);
		ok.run(new DefaultApplicationArguments("import", this.site.url("/ok.xml")));
		assertThat(ok.getExitCode()).isZero();
	}

	@Test
	void writesTheFetchLogOutsideTheRunsLockSoThatItsOtherThreadsGoOn() {
		List<String> links = articles(400, 3);
		this.site.page("/rss-diamati", "application/rss+xml", FixtureSite.rss(this.site.url("/"), links));
		List<List<String>> heldWhileWriting = new CopyOnWriteArrayList<>();
		FetchLogRepository watched = (FetchLogRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { FetchLogRepository.class }, (proxy, method, arguments) -> {
					if (method.getName().equals("saveAll")) {
						heldWhileWriting.add(monitorsHeld());
					}
					try {
						return method.invoke(this.log, arguments);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
		SourceCrawler crawler = new SourceCrawler(this.fetcher, this.ingest, this.importer, watched, this.ingestThreads,
				this.sourceSettings, Clock.systemUTC());
		CrawlReport report = crawler.crawl(
				new CrawlTarget(null, this.site.url("/rss-diamati"), null, null, Validators.NONE), CrawlProgress.NONE,
				() -> false);
		assertThat(report.fresh()).isEqualTo(3);
		assertThat(heldWhileWriting).as("writes of the fetch log").isNotEmpty();
		// Held, the run's lock would stop every thread of the run while the database
		// writes.
		assertThat(heldWhileWriting).allSatisfy(
				(held) -> assertThat(held).noneMatch((monitor) -> monitor.startsWith(SourceCrawler.class.getName())));
	}

	private static List<String> monitorsHeld() {
		ThreadInfo info = ManagementFactory.getThreadMXBean()
			.getThreadInfo(new long[] { Thread.currentThread().getId() }, true, false)[0];
		return Arrays.stream(info.getLockedMonitors()).map(MonitorInfo::getClassName).toList();
	}

	private CrawlReport crawl(String path, SourceKind kind, Validators validators) {
		return this.crawler.crawl(new CrawlTarget(null, this.site.url(path), kind, null, validators),
				CrawlProgress.NONE, () -> false);
	}

	/**
	 * Puts articles {@code first ...} on the site and returns their addresses.
	 */
	private List<String> articles(int first, int count) {
		return IntStream.range(first, first + count).mapToObj((n) -> {
			String path = "/berita/2024/03/05/perundingan-kawasan-babak-" + n;
			this.site.page(path, "text/html", page(n, "Warta Uji"));
			return this.site.url(path);
		}).toList();
	}

	private String page(int n, String outlet) {
		String path = "/berita/2024/03/05/perundingan-kawasan-babak-" + n;
		return FixtureSite.articleHtml(FixtureSite.title(n), outlet, FixtureSite.paragraphs(n), this.site.url(path));
	}

	private List<String> titles() {
		return this.catalog.list(null, 1, 1000).items().stream().map((summary) -> summary.title()).toList();
	}

}
