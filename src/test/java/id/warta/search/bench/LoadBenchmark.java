package id.warta.search.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.warta.language.names.Entity;
import id.warta.search.bench.ClosedLoop.Measurement;
import id.warta.language.names.Gazetteer;

/**
 * Load benchmark command: requests pages of a running Warta over real HTTP, closed loop,
 * and prints latency percentiles at 4 concurrent clients and pages per second at 16, for
 * the home page, an outlet's page, an article page, a story page, entity pages and search
 * pages. Only for a server on this machine.
 *
 * <pre>
 * java -Xmx512m -jar target/warta.jar --warta.data-dir=/tmp/bench100k --server.port=18080 \
 *     --warta.search.requests-per-second-per-client=0 &amp;
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=id.warta.search.bench.LoadBenchmark \
 *     -Dexec.args="http://127.0.0.1:18080 20"
 * </pre>
 *
 * Arguments: the server's base URL (loopback only) and the seconds each measurement runs
 * (after a warm-up of half as long).
 */
public final class LoadBenchmark {

	/** Search queries, also run as SQL LIKE by {@link LikeBaseline}. */
	static final Map<String, String> SEARCHES = searches();

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	private LoadBenchmark(String base) {
		this.base = base;
	}

	public static void main(String[] args) throws Exception {
		String base = (args.length > 0) ? args[0] : "http://127.0.0.1:18080";
		int seconds = (args.length > 1) ? Integer.parseInt(args[1]) : 20;
		String host = URI.create(base).getHost();
		if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("[::1]")) {
			throw new IllegalArgumentException("the load benchmark only runs against this machine, not " + host);
		}
		new LoadBenchmark(base).run(seconds);
	}

	static Map<String, String> searches() {
		Map<String, String> searches = new LinkedHashMap<>();
		// Every stem of the synthetic articles is in 10 % of them or more (the seeds hold
		// about a thousand): these match 57 %, 87 % and 99 % of the articles...
		searches.put("search: one word", "amunisi");
		searches.put("search: two words", "Putin senjata");
		searches.put("search: phrase", "\"Korea Utara\"");
		// ...and these 11 % and about 1 %, the rarest the synthetic articles have.
		searches.put("search: rare word", "bandara");
		searches.put("search: two rare words", "bandara universitas");
		return searches;
	}

	private void run(int seconds) throws Exception {
		String home = get("/");
		String outlet = first(home, "href=\"/\\?outlet=([a-z0-9-]+)\"");
		String article = first(home, "href=\"(/articles/\\d+)\"");
		Map<String, String> pages = new LinkedHashMap<>();
		// What the server and this client cost with no page to build: the machine is
		// shared, so the figures below are best read against this one.
		pages.put("baseline: static file", "/css/warta.css");
		pages.put("home", "/");
		pages.put("outlet page", "/?outlet=" + outlet);
		pages.put("article", article);
		pages.put("story page", first(home, "href=\"(/liputan/\\d+)\""));
		String entity = first(home, "href=\"/\\?entity=([a-z0-9-]+)\"");
		pages.put("entity page (most named)", "/topik/" + entity);
		pages.put("entity page (a person)", "/topik/vladimir-putin");
		SEARCHES.forEach((name, query) -> pages.put(name, "/search?q=" + encode(query)));
		pages.put("search: word + outlet facet", "/search?q=" + encode("amunisi") + "&outlet=" + outlet);
		System.out.printf("%-30s %8s %8s %8s %8s %10s%n", "page (4 clients: latency ms)", "p50", "p95", "p99", "hits",
				"16: pages/s");
		for (Map.Entry<String, String> page : pages.entrySet()) {
			measure(page.getValue(), 4, seconds / 2);
			Measurement latency = measure(page.getValue(), 4, seconds);
			Measurement throughput = measure(page.getValue(), 16, seconds);
			System.out.printf("%-30s %8.1f %8.1f %8.1f %8s %10.0f%n", page.getKey(), latency.percentile(50),
					latency.percentile(95), latency.percentile(99), hits(get(page.getValue())), throughput.perSecond());
			if (latency.errors() + throughput.errors() > 0) {
				System.out.printf("  %d requests failed%n", latency.errors() + throughput.errors());
			}
		}
		System.out.println("URLs: " + pages);
		firstVisits();
	}

	/**
	 * Entity pages asked for the first time, one client, one after the other: what a page
	 * costs before its counts and hits are kept (the figures above are of pages asked
	 * again and again).
	 */
	private void firstVisits() throws IOException, InterruptedException {
		List<String> slugs = Gazetteer.standard()
			.entities()
			.stream()
			.map(Entity::slug)
			.filter((slug) -> !slug.equals("vladimir-putin"))
			.limit(300)
			.toList();
		long[] latencies = new long[slugs.size()];
		for (int i = 0; i < slugs.size(); i++) {
			long start = System.nanoTime();
			this.client.send(request("/topik/" + slugs.get(i)), HttpResponse.BodyHandlers.discarding());
			latencies[i] = System.nanoTime() - start;
		}
		Measurement first = Measurement.of(latencies);
		System.out.printf("entity pages, first visit (%d entities, 1 client): p50 %.1f ms, p95 %.1f, p99 %.1f%n",
				slugs.size(), first.percentile(50), first.percentile(95), first.percentile(99));
	}

	private Measurement measure(String path, int clients, int seconds) throws InterruptedException {
		return ClosedLoop.run((
				client) -> this.client.send(request(path), HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200,
				clients, seconds);
	}

	private HttpRequest request(String path) {
		return browserRequest(this.base + path);
	}

	/** A page asked for as a browser asks, compression included. */
	static HttpRequest browserRequest(String url) {
		return HttpRequest.newBuilder(URI.create(url))
			.header("Accept", "text/html")
			.header("Accept-Encoding", "gzip")
			.timeout(Duration.ofSeconds(30))
			.build();
	}

	private String get(String path) throws IOException, InterruptedException {
		return this.client
			.send(HttpRequest.newBuilder(URI.create(this.base + path)).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	static String hits(String page) {
		Matcher matcher = Pattern.compile("<h1 class=\"query\">([\\d.,]+) ").matcher(page);
		return matcher.find() ? matcher.group(1) : "-";
	}

	static String first(String page, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("no match for " + regex + " on the home page");
		}
		return matcher.group(1);
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
