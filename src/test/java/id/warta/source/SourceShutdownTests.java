package id.warta.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import id.warta.WartaApplication;
import id.warta.article.ArticleCatalog;
import mockwebserver3.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's shutdown, or a pause, while a source runs: the crawl stops after the page
 * it is on, the shutdown waits for it, and what was stored stays stored and searchable.
 */
class SourceShutdownTests {

	private static final int PAGES = 40;

	@TempDir
	Path dataDir;

	@Test
	void shutdownStopsARunningCrawlAfterItsPageAndKeepsWhatItStored() throws Exception {
		try (LocalSite site = slowSite(PAGES)) {
			ConfigurableApplicationContext context = start();
			long id = runAndWaitForPages(context, site);
			context.close();
			int served = site.requestCount();
			assertThat(served).as("pages fetched before the crawl stopped").isLessThan(PAGES + 2);
			Thread.sleep(500);
			assertThat(site.requestCount()).as("nothing fetched after the shutdown").isEqualTo(served);
			try (ConfigurableApplicationContext again = start()) {
				long stored = again.getBean(ArticleCatalog.class).count();
				assertThat(stored).isPositive().isLessThan(PAGES);
				assertThat(again.getBean(SourceService.class).find(id)).isPresent();
			}
		}
	}

	@Test
	void pausingASourceStopsItsRunAfterThePageInHand() throws Exception {
		try (LocalSite site = slowSite(PAGES); ConfigurableApplicationContext context = start()) {
			SourceService sources = context.getBean(SourceService.class);
			long id = runAndWaitForPages(context, site);
			assertThat(sources.setPaused(id, true)).isTrue();
			waitForTheRunToEnd(sources, id);
			int served = site.requestCount();
			assertThat(served).as("pages fetched before the run stopped").isLessThan(PAGES + 2);
			Thread.sleep(500);
			assertThat(site.requestCount()).as("nothing fetched after the pause").isEqualTo(served);
			assertThat(context.getBean(ArticleCatalog.class).count()).as("what the run stored stays")
				.isPositive()
				.isLessThan(PAGES);
			assertThat(sources.find(id).orElseThrow().lastRunAt()).as("the run is recorded").isNotNull();
		}
	}

	@Test
	void aRunStopsWhenAnotherNodePausesItsSource() throws Exception {
		// Each page takes 250 ms: the whole run would take 25 s, the run asks the
		// database every 10 s.
		int pages = 100;
		try (LocalSite site = slowSite(pages); ConfigurableApplicationContext context = start()) {
			SourceService sources = context.getBean(SourceService.class);
			long id = runAndWaitForPages(context, site);
			// As another node would: in the database, not through this node's runner.
			context.getBean(TransactionTemplate.class)
				.executeWithoutResult(
						(status) -> context.getBean(SourceRepository.class).findById(id).orElseThrow().setPaused(true));
			waitForTheRunToEnd(sources, id);
			assertThat(site.requestCount()).as("pages fetched before the run stopped").isLessThan(pages);
		}
	}

	@Test
	void aPausedSourceRunByHandIsNotStoppedForBeingPaused() throws Exception {
		int pages = 50;
		try (LocalSite site = slowSite(pages); ConfigurableApplicationContext context = start()) {
			SourceService sources = context.getBean(SourceService.class);
			long id = sources
				.add(new SourceForm(site.url("/sitemap.xml"), SourceKind.SITEMAP, "Kabar Pelan", null, 30));
			assertThat(sources.setPaused(id, true)).isTrue();
			assertThat(sources.runNow(id)).isTrue();
			waitForTheRunToEnd(sources, id);
			assertThat(context.getBean(ArticleCatalog.class).count()).as("every page stored").isEqualTo(pages);
		}
	}

	/** A site whose article pages take 250 ms each, listed in its sitemap. */
	private static LocalSite slowSite(int pages) throws IOException {
		LocalSite site = new LocalSite();
		site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow:\n");
		List<String> links = new ArrayList<>();
		for (int n = 0; n < pages; n++) {
			String path = "/berita/2024/03/05/pelan-" + n;
			links.add(site.url(path));
			String html = FixtureSite.articleHtml("Berita pelan nomor " + n + " dari Jakarta", "Kabar Pelan",
					FixtureSite.paragraphs(700 + n), site.url(path));
			site.response(path,
					new MockResponse.Builder().addHeader("Content-Type", "text/html; charset=utf-8")
						.body(new Buffer().writeUtf8(html))
						.headersDelay(250, TimeUnit.MILLISECONDS)
						.build());
		}
		site.page("/sitemap.xml", "application/xml", FixtureSite.sitemap(links));
		return site;
	}

	/**
	 * Adds the site as a source, runs it and waits until its first pages are asked for.
	 */
	private static long runAndWaitForPages(ConfigurableApplicationContext context, LocalSite site)
			throws InterruptedException {
		SourceService sources = context.getBean(SourceService.class);
		long id = sources.add(new SourceForm(site.url("/sitemap.xml"), SourceKind.SITEMAP, "Kabar Pelan", null, 30));
		assertThat(sources.runNow(id)).isTrue();
		// robots.txt, the sitemap, then pages one at a time.
		for (int wait = 0; wait < 600 && site.requestCount() < 4; wait++) {
			Thread.sleep(50);
		}
		assertThat(site.requestCount()).isGreaterThanOrEqualTo(4);
		return id;
	}

	private static void waitForTheRunToEnd(SourceService sources, long id) throws InterruptedException {
		for (int wait = 0; wait < 1200 && sources.find(id).orElseThrow().running(); wait++) {
			Thread.sleep(50);
		}
		assertThat(sources.find(id).orElseThrow().running()).as("the run has ended").isFalse();
	}

	@Test
	void shutdownInterruptsACrawlStillFetchingAfterTheWait() throws Exception {
		try (LocalSite site = new LocalSite()) {
			site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow:\n");
			String path = "/berita/2024/03/05/macet";
			// A site that sends nothing for two minutes, longer than the test waits.
			site.response(path,
					new MockResponse.Builder().addHeader("Content-Type", "text/html; charset=utf-8")
						.body(new Buffer().writeUtf8(FixtureSite.articleHtml("Berita yang tidak kunjung datang",
								"Kabar Macet", FixtureSite.paragraphs(700), site.url(path))))
						.headersDelay(120, TimeUnit.SECONDS)
						.build());
			site.page("/sitemap.xml", "application/xml", FixtureSite.sitemap(List.of(site.url(path))));
			ConfigurableApplicationContext context = start("--warta.sources.stop-wait=1s",
					"--warta.fetch.read-timeout=180s", "--warta.fetch.max-retries=0");
			long id = context.getBean(SourceService.class)
				.add(new SourceForm(site.url("/sitemap.xml"), SourceKind.SITEMAP, "Kabar Macet", null, 30));
			assertThat(context.getBean(SourceService.class).runNow(id)).isTrue();
			for (int wait = 0; wait < 600 && site.requestCount() < 3; wait++) {
				Thread.sleep(50);
			}
			assertThat(site.requestCount()).as("robots.txt, the sitemap and the page asked for").isEqualTo(3);
			// Threads of this context's runner busy in a crawl: other test contexts in
			// this
			// JVM have idle runner threads of the same names.
			Set<Thread> crawling = crawlingThreads();
			assertThat(crawling).as("the crawl waiting for the page").isNotEmpty();
			context.close();
			// Interrupted, the crawl abandons its fetch and its thread ends; left alone
			// it
			// would wait for the page for two minutes.
			for (int wait = 0; wait < 200 && crawling.stream().anyMatch(Thread::isAlive); wait++) {
				Thread.sleep(50);
			}
			assertThat(crawling).as("crawl threads still alive after the shutdown").noneMatch(Thread::isAlive);
		}
	}

	private static Set<Thread> crawlingThreads() {
		return Thread.getAllStackTraces()
			.entrySet()
			.stream()
			.filter((thread) -> thread.getKey().isAlive() && thread.getKey().getName().matches("source-\\d+"))
			.filter((thread) -> Arrays.stream(thread.getValue())
				.anyMatch((frame) -> frame.getClassName().startsWith(SourceCrawler.class.getName())))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	private ConfigurableApplicationContext start(String... more) {
		List<String> arguments = new ArrayList<>(List.of("--warta.data-dir=" + this.dataDir,
				"--warta.seeds-dir=" + this.dataDir.resolve("no-seeds"), "--warta.fetch.allow-private-addresses=true",
				"--warta.fetch.host-delay=0", "--warta.sources.scheduling=false"));
		arguments.addAll(List.of(more));
		return new SpringApplicationBuilder(WartaApplication.class).web(WebApplicationType.NONE)
			.run(arguments.toArray(String[]::new));
	}

}
