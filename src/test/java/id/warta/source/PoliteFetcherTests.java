package id.warta.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import id.warta.source.FetchException.Kind;
import id.warta.source.FetchedPage.Validators;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The fetcher against a local server: politeness, retries, limits and the SSRF guard on
 * redirects. Timeouts and back-off are shortened so that the tests run in seconds.
 */
class PoliteFetcherTests {

	private final MockWebServer server = new MockWebServer();

	private final FetchSettings settings = new FetchSettings("WartaBot/0.1 (+https://github.com/warta/warta)",
			Duration.ZERO, Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofMillis(500),
			DataSize.ofMegabytes(10), 5, 3, Duration.ofMillis(10), Duration.ofHours(1), true);

	private String robots = "User-agent: *\nDisallow: /private\n";

	@BeforeEach
	void start() throws IOException {
		this.server.start(InetAddress.getLoopbackAddress(), 0);
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void identifiesItselfAndObeysRobotsTxt() throws Exception {
		site((path) -> ok("<p>halo</p>"));
		PoliteFetcher fetcher = new PoliteFetcher(this.settings);
		assertThat(new String(fetcher.fetch(uri("/berita"), Validators.NONE).body(), StandardCharsets.UTF_8))
			.isEqualTo("<p>halo</p>");
		assertThat(failure(fetcher, "/private/page")).isEqualTo(Kind.ROBOTS_DISALLOWED);
		RecordedRequest robotsRequest = this.server.takeRequest();
		assertThat(robotsRequest.getTarget()).isEqualTo("/robots.txt");
		assertThat(robotsRequest.getHeaders().get("User-Agent")).startsWith("WartaBot/");
		assertThat(this.server.takeRequest().getTarget()).isEqualTo("/berita");
		assertThat(this.server.getRequestCount()).as("robots.txt is cached, the private page never asked for")
			.isEqualTo(2);
	}

	@Test
	void honoursCrawlDelayBetweenRequestsToOneHost() throws Exception {
		this.robots = "User-agent: wartabot\nCrawl-delay: 1\nDisallow:\n";
		site((path) -> ok("ok"));
		PoliteFetcher fetcher = new PoliteFetcher(this.settings);
		fetcher.fetch(uri("/a"), Validators.NONE);
		long start = System.nanoTime();
		fetcher.fetch(uri("/b"), Validators.NONE);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
	}

	@Test
	void robotsTxtMissingAllowsAndRobotsTxtFailingWaits() throws Exception {
		this.robots = null;
		site((path) -> ok("ok"));
		assertThat(new PoliteFetcher(this.settings).fetch(uri("/a"), Validators.NONE).status()).isEqualTo(200);
		this.server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				return new MockResponse.Builder().code(503).build();
			}
		});
		PoliteFetcher fresh = new PoliteFetcher(this.settings);
		assertThat(failure(fresh, "/a")).isEqualTo(Kind.ROBOTS_UNAVAILABLE);
	}

	@Test
	void retriesServerErrorsWithBackoffThenSucceeds() throws Exception {
		int[] calls = { 0 };
		site((path) -> (++calls[0] <= 2) ? new MockResponse.Builder().code(500).build() : ok("akhirnya"));
		FetchedPage page = new PoliteFetcher(this.settings).fetch(uri("/flaky"), Validators.NONE);
		assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("akhirnya");
		assertThat(calls[0]).isEqualTo(3);
	}

	@Test
	void givesUpAfterThreeRetriesAndNeverRetriesA404() throws Exception {
		int[] calls = { 0, 0 };
		site((path) -> {
			if (path.equals("/down")) {
				calls[0]++;
				return new MockResponse.Builder().code(502).build();
			}
			calls[1]++;
			return new MockResponse.Builder().code(404).build();
		});
		PoliteFetcher fetcher = new PoliteFetcher(this.settings);
		assertThat(failure(fetcher, "/down")).isEqualTo(Kind.SERVER_ERROR);
		assertThat(calls[0]).isEqualTo(4);
		assertThat(failure(fetcher, "/gone")).isEqualTo(Kind.CLIENT_ERROR);
		assertThat(calls[1]).isEqualTo(1);
	}

	@Test
	void waitsTwiceAsLongBeforeEachFurtherRetry() throws Exception {
		site((path) -> new MockResponse.Builder().code(503).build());
		FetchSettings patient = new FetchSettings(this.settings.userAgent(), Duration.ZERO, Duration.ofSeconds(30),
				Duration.ofSeconds(2), Duration.ofMillis(500), DataSize.ofMegabytes(1), 5, 3, Duration.ofMillis(100),
				Duration.ofHours(1), true);
		long start = System.nanoTime();
		assertThat(failure(new PoliteFetcher(patient), "/down")).isEqualTo(Kind.SERVER_ERROR);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).as("100 + 200 + 400 ms between four attempts")
			.isGreaterThanOrEqualTo(Duration.ofMillis(700));
	}

	@Test
	void timesOutOnASlowEndpointAndRetries() throws Exception {
		int[] calls = { 0 };
		site((path) -> {
			calls[0]++;
			return new MockResponse.Builder().body("lambat").headersDelay(3, TimeUnit.SECONDS).build();
		});
		FetchSettings quick = new FetchSettings(this.settings.userAgent(), Duration.ZERO, Duration.ofSeconds(30),
				Duration.ofSeconds(1), Duration.ofMillis(200), DataSize.ofMegabytes(1), 5, 1, Duration.ofMillis(10),
				Duration.ofHours(1), true);
		long start = System.nanoTime();
		assertThat(failure(new PoliteFetcher(quick), "/slow")).isEqualTo(Kind.TIMEOUT);
		assertThat(calls[0]).isEqualTo(2);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void stopsAtARedirectLoop() throws Exception {
		site((path) -> new MockResponse.Builder().code(302)
			.addHeader("Location", path.equals("/a") ? "/b" : "/a")
			.build());
		assertThat(failure(new PoliteFetcher(this.settings), "/a")).isEqualTo(Kind.TOO_MANY_REDIRECTS);
		assertThat(this.server.getRequestCount()).isEqualTo(1 + 6);
	}

	@Test
	void followsRedirectsAndReportsTheFinalAddress() throws Exception {
		site((path) -> path.equals("/old") ? new MockResponse.Builder().code(301).addHeader("Location", "/new").build()
				: ok("baru"));
		FetchedPage page = new PoliteFetcher(this.settings).fetch(uri("/old"), Validators.NONE);
		assertThat(page.url().getPath()).isEqualTo("/new");
	}

	@Test
	void refusesARedirectToLoopbackWithTheGuardOn() throws Exception {
		// "outlet.test" stands for a public site: it resolves to this server unchecked;
		// every other host goes through the real guard.
		GuardedDns guard = new GuardedDns(false);
		okhttp3.Dns dns = (host) -> host.equals("outlet.test") ? List.of(InetAddress.getLoopbackAddress())
				: guard.lookup(host);
		site((path) -> path.equals("/go") ? new MockResponse.Builder().code(302)
			.addHeader("Location", this.server.url("/admin").toString())
			.build() : ok("rahasia"));
		PoliteFetcher fetcher = new PoliteFetcher(this.settings, dns);
		URI start = URI.create("http://outlet.test:" + this.server.getPort() + "/go");
		FetchException refused = assertThatExceptionOfType(FetchException.class)
			.isThrownBy(() -> fetcher.fetch(start, Validators.NONE))
			.actual();
		assertThat(refused.kind()).isEqualTo(Kind.REFUSED);
		assertThat(refused.getMessage()).contains("loopback");
		assertThat(this.server.getRequestCount()).as("robots.txt and /go only; /admin never reached").isEqualTo(2);
	}

	@Test
	void refusesLocalAddressesOutrightWithTheGuardOn() {
		site((path) -> ok("rahasia"));
		FetchSettings guarded = FetchSettings.defaults();
		PoliteFetcher fetcher = new PoliteFetcher(guarded);
		for (String url : List.of("http://127.0.0.1:" + this.server.getPort() + "/", "http://2130706433/",
				"http://0x7f.1/", "http://[::1]:" + this.server.getPort() + "/", "http://localhost:1/",
				"file:///etc/passwd", "ftp://127.0.0.1/", "gopher://127.0.0.1/")) {
			FetchException refused = assertThatExceptionOfType(FetchException.class)
				.isThrownBy(() -> fetcher.fetch(URI.create(url), Validators.NONE))
				.actual();
			assertThat(refused.kind()).as(url).isEqualTo(Kind.REFUSED);
		}
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void cutsOffABodyAboveTheLimit() throws Exception {
		site((path) -> path.equals("/declared")
				? new MockResponse.Builder().body(new Buffer().write(new byte[50 * 1024 * 1024])).build()
				: new MockResponse.Builder().chunkedBody(new Buffer().write(new byte[50 * 1024 * 1024]), 1024 * 1024)
					.build());
		PoliteFetcher fetcher = new PoliteFetcher(this.settings);
		// Refused on its Content-Length, and cut off while reading when no length is
		// given.
		assertThat(failure(fetcher, "/declared")).isEqualTo(Kind.TOO_LARGE);
		FetchException cut = assertThatExceptionOfType(FetchException.class)
			.isThrownBy(() -> fetcher.fetch(uri("/chunked"), Validators.NONE))
			.actual();
		assertThat(cut.kind()).isEqualTo(Kind.TOO_LARGE);
		assertThat(cut.getMessage()).contains("cut off");
	}

	@Test
	void acceptsABodyOfExactlyTheLimitAndRefusesADeclaredLargerOneUnread() throws Exception {
		site((path) -> switch (path) {
			case "/declared" -> new MockResponse.Builder().body(new Buffer().write(new byte[1024])).build();
			case "/chunked" -> new MockResponse.Builder().chunkedBody(new Buffer().write(new byte[1024]), 100).build();
			default -> new MockResponse.Builder().body(new Buffer().write(new byte[1025])).build();
		});
		FetchSettings small = new FetchSettings(this.settings.userAgent(), Duration.ZERO, Duration.ofSeconds(30),
				Duration.ofSeconds(2), Duration.ofSeconds(2), DataSize.ofBytes(1024), 5, 0, Duration.ofMillis(10),
				Duration.ofHours(1), true);
		PoliteFetcher fetcher = new PoliteFetcher(small);
		assertThat(fetcher.fetch(uri("/declared"), Validators.NONE).body()).hasSize(1024);
		assertThat(fetcher.fetch(uri("/chunked"), Validators.NONE).body()).hasSize(1024);
		FetchException refused = assertThatExceptionOfType(FetchException.class)
			.isThrownBy(() -> fetcher.fetch(uri("/larger"), Validators.NONE))
			.actual();
		assertThat(refused.kind()).isEqualTo(Kind.TOO_LARGE);
		assertThat(refused.getMessage()).startsWith("body of 1025 bytes is above the limit of 1024");
	}

	@Test
	void takesHttpsAddressesAsWebAddresses() {
		// Nothing listens on port 1: the fetch fails at the network (its robots.txt
		// cannot be had), not as an address it refuses to try.
		assertThat(failure(new PoliteFetcher(this.settings), "https://localhost:1/berita"))
			.isEqualTo(Kind.ROBOTS_UNAVAILABLE);
		assertThat(failure(new PoliteFetcher(this.settings), "HTTPS://localhost:1/berita"))
			.isEqualTo(Kind.ROBOTS_UNAVAILABLE);
	}

	@Test
	void cutsOffAGzipBombAfterDecoding() throws Exception {
		byte[] bomb = compress(new byte[20 * 1024 * 1024], true);
		site((path) -> new MockResponse.Builder().addHeader("Content-Encoding", "gzip")
			.body(new Buffer().write(bomb))
			.build());
		FetchSettings small = new FetchSettings(this.settings.userAgent(), Duration.ZERO, Duration.ofSeconds(30),
				Duration.ofSeconds(2), Duration.ofSeconds(2), DataSize.ofMegabytes(1), 5, 0, Duration.ofMillis(10),
				Duration.ofHours(1), true);
		assertThat(bomb.length).isLessThan(100 * 1024);
		assertThat(failure(new PoliteFetcher(small), "/bomb")).isEqualTo(Kind.TOO_LARGE);
	}

	@Test
	void decodesGzipAndDeflate() throws Exception {
		byte[] text = "berita terkini dari jakarta".repeat(100).getBytes(StandardCharsets.UTF_8);
		site((path) -> new MockResponse.Builder().addHeader("Content-Encoding", path.substring(1))
			.body(new Buffer().write(compress(text, path.equals("/gzip"))))
			.build());
		PoliteFetcher fetcher = new PoliteFetcher(this.settings);
		assertThat(fetcher.fetch(uri("/gzip"), Validators.NONE).body()).isEqualTo(text);
		assertThat(fetcher.fetch(uri("/deflate"), Validators.NONE).body()).isEqualTo(text);
		assertThat(this.server.takeRequest().getHeaders().get("Accept-Encoding")).isEqualTo("gzip, deflate");
	}

	@Test
	void asksConditionallyAndUnderstandsNotModified() throws Exception {
		site((path) -> new MockResponse.Builder().code(304).build());
		FetchedPage page = new PoliteFetcher(this.settings).fetch(uri("/rss"),
				new Validators("\"v1\"", "Tue, 05 Mar 2024 03:15:00 GMT"));
		assertThat(page.notModified()).isTrue();
		this.server.takeRequest();
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.getHeaders().get("If-None-Match")).isEqualTo("\"v1\"");
		assertThat(request.getHeaders().get("If-Modified-Since")).isEqualTo("Tue, 05 Mar 2024 03:15:00 GMT");
	}

	private Kind failure(PoliteFetcher fetcher, String path) {
		return assertThatExceptionOfType(FetchException.class)
			.isThrownBy(() -> fetcher.fetch(uri(path), Validators.NONE))
			.actual()
			.kind();
	}

	private URI uri(String path) {
		return path.startsWith("/") ? this.server.url(path).uri() : URI.create(path);
	}

	private void site(Page pages) {
		this.server.setDispatcher(dispatcher(pages));
	}

	private Dispatcher dispatcher(Page pages) {
		return new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				String path = request.getUrl().encodedPath();
				if (path.equals("/robots.txt")) {
					return (PoliteFetcherTests.this.robots != null) ? ok(PoliteFetcherTests.this.robots)
							: new MockResponse.Builder().code(404).build();
				}
				return pages.serve(path);
			}
		};
	}

	private static MockResponse ok(String body) {
		return new MockResponse.Builder().body(body).build();
	}

	private static byte[] compress(byte[] data, boolean gzip) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (var stream = gzip ? new GZIPOutputStream(out) : new DeflaterOutputStream(out)) {
			stream.write(data);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	@FunctionalInterface
	interface Page {

		MockResponse serve(String path);

	}

}
