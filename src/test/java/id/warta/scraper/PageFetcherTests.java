package id.warta.scraper;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Fetching from a server on the loopback address: redirects, errors, the size cap.
 */
class PageFetcherTests {

	private HttpServer server;

	private String base;

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/page", (exchange) -> {
			byte[] body = "<html><body><p>Halo</p></body></html>".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.createContext("/moved", (exchange) -> {
			exchange.getResponseHeaders().add("Location", "/page");
			exchange.sendResponseHeaders(301, -1);
			exchange.close();
		});
		this.server.createContext("/big", (exchange) -> {
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(new byte[5000]);
			}
		});
		this.server.start();
		this.base = "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void fetchesAPageFollowingRedirects() throws IOException {
		PageFetcher.Page page = new PageFetcher(Duration.ofSeconds(5), 1000).fetch(URI.create(this.base + "/moved"));
		assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("Halo");
		assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
		assertThat(page.url().getPath()).isEqualTo("/page");
	}

	@Test
	void refusesErrorsOversizedBodiesAndOtherSchemes() {
		PageFetcher fetcher = new PageFetcher(Duration.ofSeconds(5), 1000);
		assertThatThrownBy(() -> fetcher.fetch(URI.create(this.base + "/missing"))).isInstanceOf(IOException.class)
			.hasMessageStartingWith("HTTP 404");
		assertThatThrownBy(() -> fetcher.fetch(URI.create(this.base + "/big")))
			.hasMessage("page larger than 1000 bytes");
		assertThatThrownBy(() -> fetcher.fetch(URI.create("file:///etc/hostname")))
			.hasMessageStartingWith("not an http(s) address");
	}

}
