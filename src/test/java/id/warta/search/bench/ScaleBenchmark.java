package id.warta.search.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import id.warta.search.bench.ClosedLoop.Measurement;

/**
 * Scale benchmark command: the same pages and the same searches, side by side in one run,
 * at several sizes and on both search backends. For each setup it starts the packaged
 * server (its own JVM, with the given heap) on a data folder, measures the home page and
 * the searches over real HTTP — p50 and p99 at 4 clients, pages per second at 16 — stops
 * it, and runs the same searches as SQL {@code LIKE} on the same database with the same
 * outlet at the same 4 clients ({@link LikeBaseline}). Then it prints the growth from the
 * first setup to each other one.
 *
 * <pre>
 * ./mvnw -DskipTests package
 * java -jar target/warta.jar generate 10000 --warta.data-dir=/tmp/scale/e10k     # and so on
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=id.warta.search.bench.ScaleBenchmark \
 *     -Dexec.args="target/warta.jar 10 embedded-10k:/tmp/scale/e10k:512m \
 *         embedded-100k:/tmp/scale/e100k:512m embedded-1m:/tmp/scale/e1m:1g \
 *         opensearch-100k:/tmp/scale/o100k:512m:http://127.0.0.1:9260"
 * </pre>
 *
 * Arguments: the jar, the seconds each measurement runs (after a warm-up of half as
 * long), then one setup each: {@code name:data-folder:heap}, and for OpenSearch the
 * cluster's URL after another colon. The data folders must be made first with
 * {@code generate} (with the same backend options for OpenSearch).
 */
public final class ScaleBenchmark {

	private static final int PORT = 18090;

	private static final String BASE = "http://127.0.0.1:" + PORT;

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Path jar;

	private final int seconds;

	private ScaleBenchmark(Path jar, int seconds) {
		this.jar = jar;
		this.seconds = seconds;
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 3) {
			throw new IllegalArgumentException("usage: JAR SECONDS name:data-folder:heap[:opensearch-url]...");
		}
		ScaleBenchmark benchmark = new ScaleBenchmark(Path.of(args[0]), Integer.parseInt(args[1]));
		List<Result> results = new ArrayList<>();
		for (int i = 2; i < args.length; i++) {
			results.add(benchmark.measure(Setup.parse(args[i])));
		}
		growth(results);
	}

	private Result measure(Setup setup) throws Exception {
		if (!Files.isDirectory(setup.dataDir().resolve("db"))) {
			throw new IllegalArgumentException("no database in " + setup.dataDir() + ": run generate first");
		}
		long articles = articles(setup.dataDir());
		System.out.printf("%n== %s: %,d articles, -Xmx%s, %s ==%n", setup.name(), articles, setup.heap(),
				(setup.openSearch() != null) ? "OpenSearch at " + setup.openSearch() : "embedded Lucene index");
		Map<String, Row> rows = new LinkedHashMap<>();
		String outlet;
		Process server = start(setup);
		try {
			String home = get("/");
			outlet = LoadBenchmark.first(home, "href=\"/\\?outlet=([a-z0-9-]+)\"");
			Map<String, String> pages = new LinkedHashMap<>();
			pages.put("static file (baseline)", "/css/warta.css");
			pages.put("home", "/");
			searches(outlet).forEach((name, query) -> pages.put(name,
					"/search?q=" + LoadBenchmark.encode(query[0]) + ((query[1] != null) ? "&outlet=" + query[1] : "")));
			System.out.printf("%-30s %8s %8s %10s %8s%n", "page (4 clients, ms)", "p50", "p99", "16: pages/s", "hits");
			for (Map.Entry<String, String> page : pages.entrySet()) {
				String path = page.getValue();
				http(path, 4, this.seconds / 2);
				Measurement latency = http(path, 4, this.seconds);
				Measurement throughput = http(path, 16, this.seconds);
				String hits = LoadBenchmark.hits(get(path));
				long errors = latency.errors() + throughput.errors();
				rows.put(page.getKey(), new Row(latency, throughput, hits));
				System.out.printf("%-30s %8.1f %8.1f %10.0f %8s%s%n", page.getKey(), latency.percentile(50),
						latency.percentile(99), throughput.perSecond(), hits,
						(errors > 0) ? "  (" + errors + " failed)" : "");
			}
		}
		finally {
			stop(server);
		}
		System.out.printf("%-30s %8s %8s %8s %10s%n", "same search as SQL LIKE", "p50", "p99", "hits", "LIKE÷p50");
		try (LikeBaseline like = new LikeBaseline(setup.dataDir().toString())) {
			for (Map.Entry<String, String[]> search : searches(outlet).entrySet()) {
				String[] query = search.getValue();
				Measurement measurement = like.measure(query[0], query[1], this.seconds);
				Row row = rows.get(search.getKey());
				System.out.printf("%-30s %8.1f %8.1f %8d %9.0f×%n", search.getKey(), measurement.percentile(50),
						measurement.percentile(99), like.hits(query[0], query[1]),
						measurement.percentile(50) / row.latency().percentile(50));
			}
		}
		return new Result(setup, articles, rows);
	}

	/**
	 * The searches of the load benchmark, and one word within the setup's first outlet.
	 */
	private static Map<String, String[]> searches(String outlet) {
		Map<String, String[]> searches = new LinkedHashMap<>();
		LoadBenchmark.SEARCHES.forEach((name, query) -> searches.put(name, new String[] { query, null }));
		searches.put("search: word + outlet facet", new String[] { "amunisi", outlet });
		return searches;
	}

	private static void growth(List<Result> results) {
		Result first = results.get(0);
		System.out.printf("%n== growth from %s (p99 at 4 clients in ms, pages/s at 16; × = ÷ %s) ==%n",
				first.setup().name(), first.setup().name());
		StringBuilder header = new StringBuilder(String.format("%-30s", "page"));
		for (Result result : results) {
			header.append(String.format(" %26s", result.setup().name() + " (" + result.articles() / 1000 + "k)"));
		}
		System.out.println(header);
		for (String page : first.rows().keySet()) {
			StringBuilder line = new StringBuilder(String.format("%-30s", page));
			Row base = first.rows().get(page);
			for (Result result : results) {
				Row row = result.rows().get(page);
				line.append(String.format(" %9.1f %5.2f× %5.0f/s", row.latency().percentile(99),
						row.latency().percentile(99) / base.latency().percentile(99), row.throughput().perSecond()));
			}
			System.out.println(line);
		}
		System.out.println("Goals: at 1,000,000 articles embedded, search p99 ≤ 50 ms and home p99 ≤ 30 ms;"
				+ " OpenSearch within 2× of embedded at 100,000.");
	}

	private Process start(Setup setup) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + setup.heap(),
						"-jar", this.jar.toString(), "--warta.data-dir=" + setup.dataDir(), "--server.port=" + PORT,
						"--warta.search.requests-per-second-per-client=0"));
		if (setup.openSearch() != null) {
			command.add("--warta.search.backend=opensearch");
			command.add("--warta.search.opensearch.uris=" + setup.openSearch());
		}
		File log = setup.dataDir().resolveSibling(setup.name() + "-server.log").toFile();
		Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
		long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
		while (System.nanoTime() < deadline) {
			if (!server.isAlive()) {
				throw new IllegalStateException("the server stopped; see " + log);
			}
			try {
				if (this.client
					.send(HttpRequest.newBuilder(URI.create(BASE + "/")).build(),
							HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200) {
					awaitReanalysis(server, log.toPath());
					return server;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		stop(server);
		throw new IllegalStateException("the server did not answer within 15 minutes; see " + log);
	}

	/**
	 * A data folder whose index was analysed with fewer roots than its lexicon knows is
	 * analysed again in the background after the start: measured meanwhile, every page
	 * would share the CPU with it.
	 */
	private static void awaitReanalysis(Process server, Path log) throws IOException, InterruptedException {
		if (!Files.readString(log).contains("analysing every article again in the background")) {
			return;
		}
		System.out.println("(waiting for the server to analyse its index again before measuring)");
		while (!Files.readString(log).contains("Search index analysed again")) {
			if (!server.isAlive()) {
				throw new IllegalStateException("the server stopped; see " + log);
			}
			Thread.sleep(1000);
		}
	}

	private static void stop(Process server) throws InterruptedException {
		server.destroy();
		if (!server.waitFor(60, TimeUnit.SECONDS)) {
			server.destroyForcibly().waitFor();
		}
	}

	private Measurement http(String path, int clients, int seconds) throws InterruptedException {
		HttpRequest request = LoadBenchmark.browserRequest(BASE + path);
		return ClosedLoop.run(
				(client) -> this.client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200,
				clients, seconds);
	}

	private String get(String path) throws IOException, InterruptedException {
		return this.client
			.send(HttpRequest.newBuilder(URI.create(BASE + path)).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private static long articles(Path dataDir) throws SQLException {
		try (Connection connection = DriverManager
			.getConnection("jdbc:h2:file:" + dataDir + "/db/warta;ACCESS_MODE_DATA=r", "sa", "");
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select count(*) from article")) {
			result.next();
			return result.getLong(1);
		}
	}

	private record Setup(String name, Path dataDir, String heap, String openSearch) {

		static Setup parse(String text) {
			String[] parts = text.split(":", 4);
			if (parts.length < 3) {
				throw new IllegalArgumentException("a setup is name:data-folder:heap[:opensearch-url], not " + text);
			}
			return new Setup(parts[0], Path.of(parts[1]).toAbsolutePath(), parts[2],
					(parts.length > 3) ? parts[3] : null);
		}

	}

	private record Row(Measurement latency, Measurement throughput, String hits) {

	}

	private record Result(Setup setup, long articles, Map<String, Row> rows) {

	}

}
