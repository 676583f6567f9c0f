package id.warta.search.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.warta.bench.AdminSession;
import id.warta.bench.PageFolderSite;
import id.warta.search.bench.ClosedLoop.Measurement;

/**
 * Load-under-ingest benchmark command: many readers (64) on the home, article, outlet,
 * story and search pages of a running Warta for a minute, first alone and then while the
 * server ingests a folder of new pages from a site on this machine (added as a source by
 * the admin, over HTTP, and run): every request must succeed; prints p50 and p99 of each
 * kind of page, side by side.
 *
 * <pre>
 * java -cp ... id.warta.cli.SyntheticPages 10000 /tmp/newpages 200000
 * WARTA_ADMIN_PASSWORD=... java -Xmx512m -jar target/warta.jar --warta.data-dir=/tmp/bench100k \
 *     --server.port=18080 --warta.search.requests-per-second-per-client=0 \
 *     --warta.fetch.allow-private-addresses=true --warta.fetch.host-delay=0 &amp;
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=id.warta.search.bench.IngestLoadBenchmark \
 *     -Dexec.args="http://127.0.0.1:18080 PASSWORD /tmp/newpages 60 64"
 * </pre>
 *
 * Arguments: the server's base URL (loopback only), the admin's password, the folder of
 * pages, the seconds of each measurement (60) and the clients (64).
 */
public final class IngestLoadBenchmark {

	private static final Pattern LINK = Pattern.compile("href=\"(/articles/\\d+|/liputan/\\d+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	private IngestLoadBenchmark(String base) {
		this.base = base;
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String host = URI.create(base).getHost();
		if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
			throw new IllegalArgumentException("the benchmark only runs against this machine, not " + host);
		}
		int seconds = (args.length > 3) ? Integer.parseInt(args[3]) : 60;
		int clients = (args.length > 4) ? Integer.parseInt(args[4]) : 64;
		new IngestLoadBenchmark(base).run(args[1], Path.of(args[2]), seconds, clients);
	}

	private void run(String password, Path pages, int seconds, int clients) throws Exception {
		List<Map.Entry<String, String>> paths = paths();
		System.out.printf(Locale.ROOT, "%d clients, %d s each, on %d pages: %s%n", clients, seconds, paths.size(),
				paths.stream().map(Map.Entry::getValue).toList());
		measure(paths, clients, Math.max(5, seconds / 4));
		Result alone = measure(paths, clients, seconds);
		try (PageFolderSite site = new PageFolderSite(pages)) {
			AdminSession admin = AdminSession.signIn(this.base, "admin", password);
			long source = admin.addSitemap(site.sitemapUrl(), "Situs Uji Beban " + System.currentTimeMillis());
			admin.run(source);
			for (int wait = 0; wait < 600 && site.pagesServed() == 0; wait++) {
				Thread.sleep(100);
			}
			int before = site.pagesServed();
			Result ingesting = measure(paths, clients, seconds);
			int fetched = site.pagesServed() - before;
			System.out.printf(Locale.ROOT, "%-26s %9s %7s %9s %9s %9s %9s%n", "page (ms)", "requests", "errors",
					"p50 alone", "p50 ingest", "p99 alone", "p99 ingest");
			for (String kind : alone.byKind().keySet()) {
				Measurement a = alone.byKind().get(kind);
				Measurement b = ingesting.byKind().get(kind);
				System.out.printf(Locale.ROOT, "%-26s %9d %7d %9.1f %10.1f %9.1f %10.1f%n", kind,
						a.sortedNanos().length + b.sortedNanos().length, alone.errors(kind) + ingesting.errors(kind),
						a.percentile(50), b.percentile(50), a.percentile(99), b.percentile(99));
			}
			Measurement a = alone.all();
			Measurement b = ingesting.all();
			System.out.printf(Locale.ROOT, "%-26s %9d %7d %9.1f %10.1f %9.1f %10.1f%n", "all",
					a.sortedNanos().length + b.sortedNanos().length, a.errors() + b.errors(), a.percentile(50),
					b.percentile(50), a.percentile(99), b.percentile(99));
			System.out.printf(Locale.ROOT,
					"pages/s: %.0f alone, %.0f while ingesting (%.2f×); p99 while ingesting %.2f× alone%n",
					a.perSecond(), b.perSecond(), b.perSecond() / a.perSecond(), b.percentile(99) / a.percentile(99));
			System.out.printf(Locale.ROOT,
					"ingest: the crawl fetched %d of %d pages during the %d s (%.1f/s)%s; source: %s%n", fetched,
					site.pages(), seconds, fetched / (double) seconds,
					(site.pagesServed() < site.pages()) ? ", still running at the end" : ", done before the end",
					admin.sourceCounts(source));
			System.out.println((a.errors() + b.errors() == 0) ? "ZERO ERRORS" : "ERRORS: see above");
			admin.pause(source);
		}
	}

	/**
	 * The pages read: home, an outlet's, articles and stories linked from home, searches.
	 */
	private List<Map.Entry<String, String>> paths() throws Exception {
		String home = get("/");
		List<Map.Entry<String, String>> paths = new ArrayList<>();
		paths.add(Map.entry("home", "/"));
		paths
			.add(Map.entry("outlet page", "/?outlet=" + LoadBenchmark.first(home, "href=\"/\\?outlet=([a-z0-9-]+)\"")));
		Matcher links = LINK.matcher(home);
		int articles = 0;
		int stories = 0;
		while (links.find()) {
			String link = links.group(1);
			if (link.startsWith("/articles/") && articles++ < 8) {
				paths.add(Map.entry("article", link));
			}
			else if (link.startsWith("/liputan/") && stories++ < 4) {
				paths.add(Map.entry("story page", link));
			}
		}
		LoadBenchmark.SEARCHES.values()
			.forEach((query) -> paths.add(Map.entry("search", "/search?q=" + LoadBenchmark.encode(query))));
		return paths;
	}

	private Result measure(List<Map.Entry<String, String>> paths, int clients, int seconds)
			throws InterruptedException {
		Map<String, ConcurrentLinkedQueue<Long>> latencies = new LinkedHashMap<>();
		Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
		paths.forEach((path) -> latencies.putIfAbsent(path.getKey(), new ConcurrentLinkedQueue<>()));
		long[] next = new long[clients];
		Measurement all = ClosedLoop.run((client) -> {
			Map.Entry<String, String> path = paths.get((int) ((client * 7 + next[client]++) % paths.size()));
			long start = System.nanoTime();
			boolean ok = false;
			try {
				ok = this.client
					.send(LoadBenchmark.browserRequest(this.base + path.getValue()),
							HttpResponse.BodyHandlers.ofByteArray())
					.statusCode() == 200;
				return ok;
			}
			finally {
				latencies.get(path.getKey()).add(System.nanoTime() - start);
				if (!ok) {
					errors.computeIfAbsent(path.getKey(), (kind) -> new AtomicLong()).incrementAndGet();
				}
			}
		}, clients, seconds);
		Map<String, Measurement> byKind = new LinkedHashMap<>();
		latencies.forEach(
				(kind, nanos) -> byKind.put(kind, Measurement.of(nanos.stream().mapToLong(Long::longValue).toArray())));
		return new Result(all, byKind, errors);
	}

	private String get(String path) throws Exception {
		return this.client
			.send(HttpRequest.newBuilder(URI.create(this.base + path)).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private record Result(Measurement all, Map<String, Measurement> byKind, Map<String, AtomicLong> errors) {

		long errors(String kind) {
			AtomicLong count = this.errors.get(kind);
			return (count != null) ? count.get() : 0;
		}

	}

}
