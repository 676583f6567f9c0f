package id.warta.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import id.warta.source.FetchException.Kind;
import id.warta.source.FetchedPage.Validators;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Fetches pages as a good crawler does, and safely: only http(s), every address checked
 * before it is connected to (see {@link GuardedDns}), redirects followed one by one up to
 * a limit and each checked again, robots.txt obeyed, one connection and a delay per host,
 * retries with exponential backoff on 5xx and timeouts, bodies decoded (gzip, deflate)
 * and cut off at a limit. Thread-safe: share one per application.
 */
final class PoliteFetcher {

	private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
			+ "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5";

	private final Dns dns;

	/**
	 * Built at the first fetch: its TLS set-up reads the trust store, which a start need
	 * not.
	 */
	private volatile @Nullable OkHttpClient client;

	private final FetchSettings settings;

	private final HostSlots hosts = new HostSlots();

	private final RobotsRules robots;

	PoliteFetcher(FetchSettings settings) {
		this(settings, new GuardedDns(settings.allowPrivateAddresses()));
	}

	/**
	 * A fetcher that resolves hosts through the given DNS, which must do the guarding.
	 */
	PoliteFetcher(FetchSettings settings, Dns dns) {
		this.settings = settings;
		this.dns = dns;
		this.robots = new RobotsRules(settings, this::fetchRobots);
	}

	private OkHttpClient client() {
		OkHttpClient built = this.client;
		if (built != null) {
			return built;
		}
		synchronized (this) {
			if (this.client == null) {
				this.client = newClient(this.settings, this.dns);
			}
			return this.client;
		}
	}

	/**
	 * Abandons every fetch in flight, which then fails as cancelled: for a shutdown that
	 * interrupts crawls, since a thread blocked reading a socket does not see its
	 * interrupt.
	 */
	void cancelAll() {
		OkHttpClient built = this.client;
		if (built != null) {
			built.dispatcher().cancelAll();
		}
	}

	private static OkHttpClient newClient(FetchSettings settings, Dns dns) {
		return new OkHttpClient.Builder().dns(dns)
			// A proxy would resolve hosts itself, out of the guard's sight.
			.proxy(Proxy.NO_PROXY)
			.followRedirects(false)
			.followSslRedirects(false)
			// Only for a pooled connection the server has closed meanwhile: retries after
			// errors and timeouts are ours, counted and backed off.
			.retryOnConnectionFailure(true)
			.connectTimeout(settings.connectTimeout())
			.readTimeout(settings.readTimeout())
			.writeTimeout(settings.readTimeout())
			// A server that drips bytes just fast enough to beat the read timeout.
			.callTimeout(settings.connectTimeout().plus(settings.readTimeout().multipliedBy(4)))
			.connectionPool(new ConnectionPool(16, 1, TimeUnit.MINUTES))
			.build();
	}

	/**
	 * Fetches a page, obeying robots.txt.
	 * @param url an http or https address
	 * @param validators sent for a conditional GET; {@link Validators#NONE} for none
	 * @return the page, or a 304 answer with an empty body
	 * @throws FetchException with the reason when the page cannot be had
	 */
	FetchedPage fetch(URI url, Validators validators) throws FetchException {
		return follow(url, validators, true);
	}

	FetchSettings settings() {
		return this.settings;
	}

	private FetchedPage fetchRobots(URI url) throws FetchException {
		return follow(url, Validators.NONE, false);
	}

	private FetchedPage follow(URI start, Validators validators, boolean obeyRobots) throws FetchException {
		HttpUrl current = httpUrl(start.toString());
		for (int hop = 0; hop <= this.settings.maxRedirects(); hop++) {
			Duration delay = this.settings.hostDelay();
			if (obeyRobots) {
				RobotsRules.Verdict verdict = this.robots.verdict(current.uri());
				if (!verdict.allowed()) {
					throw new FetchException(Kind.ROBOTS_DISALLOWED, 0, "robots.txt disallows " + current);
				}
				delay = verdict.delay();
			}
			Answer answer = sendWithRetries(current, validators, delay);
			if (answer.redirect() == null) {
				return answer.page();
			}
			HttpUrl next = current.resolve(answer.redirect());
			if (next == null) {
				throw new FetchException(Kind.REFUSED, 0, "redirect to a non-http(s) address: " + answer.redirect());
			}
			current = next;
		}
		throw new FetchException(Kind.TOO_MANY_REDIRECTS, 0,
				"more than " + this.settings.maxRedirects() + " redirects from " + start);
	}

	private static HttpUrl httpUrl(String url) throws FetchException {
		String lower = url.toLowerCase(Locale.ROOT);
		HttpUrl parsed = (lower.startsWith("http://") || lower.startsWith("https://")) ? HttpUrl.parse(url) : null;
		if (parsed == null) {
			throw new FetchException(Kind.REFUSED, 0, "not an http(s) address: " + url);
		}
		return parsed;
	}

	private Answer sendWithRetries(HttpUrl url, Validators validators, Duration delay) throws FetchException {
		Duration backoff = this.settings.retryBackoff();
		for (int attempt = 0;; attempt++) {
			try {
				return this.hosts.withHost(url.host() + ":" + url.port(), delay, () -> send(url, validators));
			}
			catch (FetchException ex) {
				boolean retriable = ex.kind() == Kind.SERVER_ERROR || ex.kind() == Kind.TIMEOUT;
				if (!retriable || attempt >= this.settings.maxRetries()) {
					throw ex;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new FetchException(Kind.INTERRUPTED, "interrupted while fetching " + url, ex);
			}
			catch (IOException ex) {
				throw new FetchException(Kind.NETWORK, ex.getMessage() + " (" + url + ")", ex);
			}
			pause(backoff.multipliedBy(1L << attempt), url);
		}
	}

	private static void pause(Duration wait, HttpUrl url) throws FetchException {
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FetchException(Kind.INTERRUPTED, "interrupted while waiting to retry " + url, ex);
		}
	}

	private Answer send(HttpUrl url, Validators validators) throws FetchException {
		refuseForbiddenLiteral(url);
		Request.Builder request = new Request.Builder().url(url)
			.header("User-Agent", this.settings.userAgent())
			.header("Accept", ACCEPT)
			// Set by hand, so decoded by hand: OkHttp only decodes gzip when it asks
			// itself.
			.header("Accept-Encoding", "gzip, deflate");
		if (validators.etag() != null) {
			request.header("If-None-Match", validators.etag());
		}
		if (validators.lastModified() != null) {
			request.header("If-Modified-Since", validators.lastModified());
		}
		Call call = client().newCall(request.build());
		try (Response response = call.execute()) {
			int code = response.code();
			if (response.isRedirect()) {
				String location = response.header("Location");
				if (location == null) {
					throw new FetchException(Kind.NETWORK, code, "HTTP " + code + " without a Location from " + url);
				}
				return new Answer(null, location);
			}
			Validators served = new Validators(response.header("ETag"), response.header("Last-Modified"));
			if (code == 304) {
				return new Answer(new FetchedPage(url.uri(), code, new byte[0], null, served), null);
			}
			if (code >= 500) {
				throw new FetchException(Kind.SERVER_ERROR, code, "HTTP " + code + " from " + url);
			}
			if (code >= 400) {
				throw new FetchException(Kind.CLIENT_ERROR, code, "HTTP " + code + " from " + url);
			}
			byte[] body = read(response, url);
			return new Answer(new FetchedPage(url.uri(), code, body, response.header("Content-Type"), served), null);
		}
		catch (AddressGuard.ForbiddenAddressException ex) {
			throw new FetchException(Kind.REFUSED, ex.getMessage(), ex);
		}
		catch (InterruptedIOException ex) {
			if (Thread.currentThread().isInterrupted()) {
				throw new FetchException(Kind.INTERRUPTED, "interrupted while fetching " + url, ex);
			}
			throw new FetchException(Kind.TIMEOUT, "no answer in time from " + url, ex);
		}
		catch (FetchException ex) {
			throw ex;
		}
		catch (UnknownHostException ex) {
			throw new FetchException(Kind.NETWORK, "unknown host " + url.host(), ex);
		}
		catch (IOException ex) {
			throw new FetchException(Kind.NETWORK, describe(ex) + " from " + url, ex);
		}
	}

	/**
	 * OkHttp connects to an IP literal without asking the DNS, so the guard checks those
	 * here, for every hop.
	 */
	private void refuseForbiddenLiteral(HttpUrl url) throws FetchException {
		if (this.settings.allowPrivateAddresses()) {
			return;
		}
		try {
			InetAddress literal = NumericHost.parse(url.host());
			if (literal != null) {
				AddressGuard.check(url.host(), literal);
			}
		}
		catch (UnknownHostException ex) {
			throw new FetchException(Kind.REFUSED, ex.getMessage(), ex);
		}
	}

	private byte[] read(Response response, HttpUrl url) throws IOException {
		long limit = this.settings.maxBodySize().toBytes();
		long declared = response.body().contentLength();
		String encoding = response.header("Content-Encoding", "identity").toLowerCase(Locale.ROOT).strip();
		if (declared > limit && encoding.equals("identity")) {
			throw new FetchException(Kind.TOO_LARGE, response.code(),
					"body of " + declared + " bytes is above the limit of " + limit + " from " + url);
		}
		try (InputStream in = decoded(response.body().byteStream(), encoding)) {
			// Counted after decoding: a small gzip body may unpack to gigabytes.
			return BoundedRead.readAll(in, limit, () -> new FetchException(Kind.TOO_LARGE, response.code(),
					"body cut off at the limit of " + limit + " bytes from " + url));
		}
	}

	private static InputStream decoded(InputStream in, String encoding) throws IOException {
		return switch (encoding) {
			case "gzip", "x-gzip" -> new GZIPInputStream(in);
			case "deflate" -> inflated(in);
			default -> in;
		};
	}

	private static InputStream inflated(InputStream in) throws IOException {
		// "deflate" should be zlib-wrapped, but some servers send raw deflate data.
		java.io.PushbackInputStream peek = new java.io.PushbackInputStream(in, 1);
		int first = peek.read();
		if (first >= 0) {
			peek.unread(first);
		}
		boolean zlib = (first & 0x0f) == 8;
		return new InflaterInputStream(peek, new Inflater(!zlib));
	}

	private static String describe(IOException ex) {
		return (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
	}

	/**
	 * A page, or where to go next.
	 */
	private record Answer(@Nullable FetchedPage page, @Nullable String redirect) {

		@Override
		public FetchedPage page() {
			if (this.page == null) {
				throw new IllegalStateException("a redirect has no page");
			}
			return this.page;
		}

	}

}
