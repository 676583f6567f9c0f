package id.warta.source;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.warta.WartaApplication;
import id.warta.article.Article;
import id.warta.article.ArticleCatalog;
import id.warta.source.FetchedPage.Validators;
import id.warta.source.SourceCrawler.CrawlTarget;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Ingest benchmark command: a generated site of article pages on a loopback port, with a
 * feed of the newest 100 and a sitemap of all, ingested end to end (fetch, extract,
 * store, index) by the crawler with the per-host delay set to 0; then a second site of as
 * many other pages, in the same process once warmed up. Prints pages per second for each
 * and the heap used; each page is fetched over HTTP with robots.txt obeyed and the
 * one-connection per host rule kept.
 *
 * <pre>
 * MAVEN_OPTS=-Xmx512m ./mvnw -q test-compile exec:java \
 *     -Dexec.mainClass=id.warta.source.IngestBenchmark -Dexec.args="2000"
 * </pre>
 *
 * Arguments: the number of article pages (default 2000), then any Spring properties as
 * {@code --name=value}. Without {@code --pages=DIR} each page is 12 paragraphs of words
 * drawn at random from one short list, under one headline pattern, all on one day: the
 * worst case for story grouping, as every article shares most terms with every other.
 * With {@code --pages=DIR} the pages are read from the files {@code 0000000.html} on of
 * that folder ({@code id.warta.cli.SyntheticPages} writes the articles of
 * {@code generate}, events covered by several outlets, as such files): the first site
 * serves the first N, the second the next N.
 */
public final class IngestBenchmark {

	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	private IngestBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int pages = (args.length > 0) ? Integer.parseInt(args[0]) : 2000;
		List<String> extra = new ArrayList<>((args.length > 1) ? List.of(args).subList(1, args.length) : List.of());
		Path folder = extra.stream()
			.filter((arg) -> arg.startsWith("--pages="))
			.map((arg) -> Path.of(arg.substring("--pages=".length())))
			.findFirst()
			.orElse(null);
		extra.removeIf((arg) -> arg.startsWith("--pages="));
		Path data = Files.createTempDirectory("warta-bench-");
		// Two sites with different articles: the first run meets a cold JVM (class
		// loading, JIT compilation), the second the same process warmed up, as a server
		// that has been running for a while would be.
		HttpServer cold = site(0, pages, folder);
		HttpServer warm = site(pages, pages, folder);
		AtomicLong peakHeap = new AtomicLong();
		Thread sampler = heapSampler(peakHeap);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WartaApplication.class)
			.web(WebApplicationType.NONE)
			// As arguments, so that they win over application.properties.
			.run(arguments(data, extra))) {
			SourceCrawler crawler = context.getBean(SourceCrawler.class);
			System.gc();
			long heapBefore = MEMORY.getHeapMemoryUsage().getUsed();
			peakHeap.set(heapBefore);
			sampler.start();
			System.out.printf(Locale.ROOT,
					"Ingest benchmark: two loopback sites of %d article pages (%d KB each), %s%n", pages,
					PAGE_BYTES.get() / 1024, (folder != null) ? "pages of " + folder : "words at random from one list");
			Run first = run(crawler, cold);
			first.print("first site, cold JVM");
			Run second = run(crawler, warm);
			second.print("second site, warm JVM");
			sampler.interrupt();
			long stored = context.getBean(ArticleCatalog.class).count();
			long indexed = indexed(context);
			System.gc();
			long heapAfter = MEMORY.getHeapMemoryUsage().getUsed();
			System.out.printf(Locale.ROOT, "  stored %d articles, %d in the search index%n", stored, indexed);
			System.out.printf(Locale.ROOT,
					"  heap: peak %d MB used, %d MB after GC at the end (before: %d MB), max heap %d MB%n",
					mb(peakHeap.get()), mb(heapAfter), mb(heapBefore), mb(Runtime.getRuntime().maxMemory()));
			System.out.printf(Locale.ROOT, "  cores: %d, java %s, machine load average %.1f at the end%n",
					Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
		finally {
			for (HttpServer server : List.of(cold, warm)) {
				server.stop(0);
				((ExecutorService) server.getExecutor()).shutdownNow();
			}
			FileSystemUtils.deleteRecursively(data);
		}
	}

	/** Crawls a site's feed, then its sitemap, and measures it. */
	private static Run run(SourceCrawler crawler, HttpServer server) {
		String base = "http://127.0.0.1:" + server.getAddress().getPort();
		com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean();
		long cpuStart = os.getProcessCpuTime();
		long start = System.nanoTime();
		Timeline timeline = new Timeline();
		CrawlReport feed = crawl(crawler, base + "/feed.xml", timeline);
		CrawlReport sitemap = crawl(crawler, base + "/sitemap.xml", timeline);
		return new Run(feed, sitemap, (System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpuStart) / 1e9,
				timeline.secondHalfRate());
	}

	private record Run(CrawlReport feed, CrawlReport sitemap, double seconds, double cpuSeconds,
			double secondHalfRate) {

		void print(String name) {
			int fetched = this.feed.fresh() + this.feed.duplicates() + this.feed.failed() + this.sitemap.fresh()
					+ this.sitemap.duplicates() + this.sitemap.failed();
			System.out.printf(Locale.ROOT, "  %s%n", name);
			System.out.printf(Locale.ROOT, "    feed:    %d new, %d duplicates, %d failed, %d already stored%n",
					this.feed.fresh(), this.feed.duplicates(), this.feed.failed(), this.feed.known());
			System.out.printf(Locale.ROOT, "    sitemap: %d new, %d duplicates, %d failed, %d already stored%n",
					this.sitemap.fresh(), this.sitemap.duplicates(), this.sitemap.failed(), this.sitemap.known());
			System.out.printf(Locale.ROOT, "    %d pages in %.1f s: %.0f pages/s (fetch, extract, store, index)%n",
					fetched, this.seconds, fetched / this.seconds);
			System.out.printf(Locale.ROOT, "    second half of the run: %.0f pages/s%n", this.secondHalfRate);
			System.out.printf(Locale.ROOT, "    CPU: %.1f s in all threads, %.1f ms per page%n", this.cpuSeconds,
					this.cpuSeconds * 1000 / Math.max(1, fetched));
		}

	}

	private static final AtomicLong PAGE_BYTES = new AtomicLong();

	private static String[] arguments(Path data, List<String> extra) {
		List<String> arguments = new ArrayList<>(List.of("--warta.data-dir=" + data,
				"--warta.seeds-dir=" + data.resolve("no-seeds"), "--warta.fetch.allow-private-addresses=true",
				"--warta.fetch.host-delay=0", "--warta.sources.scheduling=false", "--logging.level.id.warta=WARN",
				"--logging.level.org.hibernate.orm=ERROR", "--spring.jpa.show-sql=false"));
		arguments.addAll(extra);
		return arguments.toArray(String[]::new);
	}

	private static CrawlReport crawl(SourceCrawler crawler, String url, CrawlProgress progress) {
		return crawler.crawl(new CrawlTarget(null, url, null, null, Validators.NONE), progress, () -> false);
	}

	/**
	 * When each page was done, to tell the warmed-up rate from the whole run's.
	 */
	private static final class Timeline implements CrawlProgress {

		private final List<Long> done = java.util.Collections.synchronizedList(new ArrayList<>());

		@Override
		public void done(id.warta.article.ImportResult result) {
			this.done.add(System.nanoTime());
		}

		/**
		 * Pages per second over the second half of the run, once the JIT has warmed up.
		 */
		double secondHalfRate() {
			List<Long> times = new ArrayList<>(this.done);
			if (times.size() < 4) {
				return 0;
			}
			int half = times.size() / 2;
			double seconds = (times.get(times.size() - 1) - times.get(half)) / 1e9;
			return (times.size() - 1 - half) / Math.max(seconds, 1e-9);
		}

	}

	private static long indexed(ConfigurableApplicationContext context) {
		EntityManagerFactory factory = context.getBean(EntityManagerFactory.class);
		var entityManager = factory.createEntityManager();
		try {
			SearchSession search = Search.session(entityManager);
			return search.search(Article.class).where((f) -> f.matchAll()).fetchTotalHitCount();
		}
		finally {
			entityManager.close();
		}
	}

	private static Thread heapSampler(AtomicLong peak) {
		Thread thread = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "heap-sampler");
		thread.setDaemon(true);
		return thread;
	}

	private static long mb(long bytes) {
		return bytes / (1024 * 1024);
	}

	/**
	 * The site: robots.txt, a feed of the newest 100 articles, a sitemap of all, and the
	 * articles, each with a news site's share of navigation, related links and script.
	 */
	private static HttpServer site(int first, int pages, Path folder) throws IOException {
		// The JDK server writes headers and body apart; with Nagle's algorithm on, each
		// response then waits for the client's delayed ACK (about 40 ms on Linux), which
		// would measure that timer rather than Warta.
		System.setProperty("sun.net.httpserver.nodelay", "true");
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		server.setExecutor(threads);
		String base = "http://127.0.0.1:" + server.getAddress().getPort();
		List<String> links = new ArrayList<>();
		for (int n = first; n < first + pages; n++) {
			links.add(base + path(n));
		}
		byte[] robots = "User-agent: *\nDisallow: /cari\n".getBytes(StandardCharsets.UTF_8);
		byte[] feed = FixtureSite.rss(base + "/", links.subList(Math.max(0, pages - 100), pages))
			.getBytes(StandardCharsets.UTF_8);
		byte[] sitemap = FixtureSite.sitemap(links).getBytes(StandardCharsets.UTF_8);
		String chrome = chrome(base);
		// Pages are made before the clock starts: a real site's cost of making them is
		// not
		// the crawler's, and here it would take CPU from the two cores being measured.
		byte[][] articles = new byte[pages][];
		for (int n = first; n < first + pages; n++) {
			String html = (folder != null)
					? Files.readString(folder.resolve(String.format(Locale.ROOT, "%07d.html", n)),
							StandardCharsets.UTF_8)
					: FixtureSite.articleHtml(FixtureSite.title(n), "Warta Uji", FixtureSite.paragraphs(n),
							base + path(n));
			articles[n - first] = html.replace("<article>", chrome + "<article>").getBytes(StandardCharsets.UTF_8);
		}
		PAGE_BYTES.set(articles[0].length);
		AtomicLongArray served = new AtomicLongArray(1);
		server.createContext("/", (exchange) -> {
			String path = exchange.getRequestURI().getPath();
			served.incrementAndGet(0);
			if (path.equals("/robots.txt")) {
				send(exchange, 200, "text/plain", robots);
			}
			else if (path.equals("/feed.xml")) {
				send(exchange, 200, "application/rss+xml", feed);
			}
			else if (path.equals("/sitemap.xml")) {
				send(exchange, 200, "application/xml", sitemap);
			}
			else if (path.startsWith("/berita/2024/03/05/perundingan-kawasan-babak-")) {
				int n = Integer.parseInt(path.substring(path.lastIndexOf('-') + 1));
				if (n >= first && n < first + pages) {
					send(exchange, 200, "text/html; charset=utf-8", articles[n - first]);
				}
				else {
					send(exchange, 404, "text/plain", new byte[0]);
				}
			}
			else {
				send(exchange, 404, "text/plain", new byte[0]);
			}
		});
		server.start();
		return server;
	}

	private static String path(int n) {
		return "/berita/2024/03/05/perundingan-kawasan-babak-" + n;
	}

	/**
	 * What surrounds an article on a real news page: menus, related links, a script.
	 */
	private static String chrome(String base) {
		StringBuilder html = new StringBuilder("<nav class=\"menu\"><ul>");
		for (int i = 0; i < 60; i++) {
			html.append("<li><a href=\"")
				.append(base)
				.append("/rubrik/")
				.append(i)
				.append("\">Rubrik ")
				.append(i)
				.append("</a></li>");
		}
		html.append("</ul></nav><aside class=\"terkait\"><h3>Berita terkait</h3><ul>");
		for (int i = 0; i < 30; i++) {
			html.append("<li><a href=\"")
				.append(base)
				.append("/lain/berita-terkait-nomor-")
				.append(i)
				.append("-hari-ini\">Berita terkait nomor ")
				.append(i)
				.append(" yang juga menarik dibaca</a></li>");
		}
		html.append("</ul></aside><script>");
		html.append("window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}".repeat(60));
		return html.append("</script>").toString();
	}

	private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(status, (body.length == 0) ? -1 : body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
