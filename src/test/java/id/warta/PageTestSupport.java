package id.warta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import id.warta.article.SampleArticles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The running application over real HTTP, with the sample articles stored. Every page
 * test extends this class so that they all share one application context (the machine is
 * small): one temporary data folder for the test run, no seeds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class PageTestSupport {

	private static final Path DATA_DIR = temporaryDataDir();

	private static final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("warta.data-dir", DATA_DIR::toString);
		registry.add("warta.seeds-dir", () -> DATA_DIR.resolve("no-seeds").toString());
		TestDatabase.register(registry);
	}

	@BeforeEach
	void storeSampleArticles() {
		SampleArticles.ensureStored(this.context);
	}

	/** The running application's address. */
	protected URI base() {
		return URI.create("http://localhost:" + this.port);
	}

	/**
	 * Fetches a page of the application.
	 * @param pathAndQuery such as {@code /?page=2}, already encoded
	 * @param headers header names and values, alternating
	 */
	protected Page get(String pathAndQuery, String... headers) {
		return send("GET", pathAndQuery, headers);
	}

	/**
	 * Sends a request without a body.
	 * @param method the HTTP method
	 * @param pathAndQuery such as {@code /?page=2}, already encoded
	 * @param headers header names and values, alternating
	 */
	protected Page send(String method, String pathAndQuery, String... headers) {
		// As a browser asks: error pages are HTML only for clients that accept HTML.
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + pathAndQuery))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Page(response, Jsoup.parse(response.body(), response.uri().toString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The titles of the article cards on a list page, in order.
	 */
	protected static List<String> titles(Page page) {
		return page.html().select(".card-title").eachText();
	}

	protected static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static Path temporaryDataDir() {
		try {
			Path dir = Files.createTempDirectory("warta-pages-");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(dir.toFile())));
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A fetched page.
	 *
	 * @param response the HTTP response
	 * @param html its body parsed
	 */
	protected record Page(HttpResponse<String> response, Document html) {

		public int status() {
			return this.response.statusCode();
		}

		public String body() {
			return this.response.body();
		}

	}

}
