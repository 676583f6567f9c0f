package id.warta.scraper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Fetches a page over HTTP(S) for extraction: follows redirects, times out, and refuses
 * bodies larger than a cap instead of reading them whole.
 */
public final class PageFetcher {

	private static final String USER_AGENT = "Mozilla/5.0 (compatible; Warta/0.1; +https://github.com/warta)";

	private final HttpClient client;

	private final Duration timeout;

	private final long maxBytes;

	/**
	 * @param timeout how long to wait to connect and, again, for the whole response
	 * @param maxBytes the largest body accepted
	 */
	public PageFetcher(Duration timeout, long maxBytes) {
		this.client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(timeout)
			.build();
		this.timeout = timeout;
		this.maxBytes = maxBytes;
	}

	/**
	 * Fetches one page.
	 * @param url an http or https address
	 * @return the body, its content type and the address it came from after redirects
	 * @throws IOException with a one-line reason when the page cannot be had
	 */
	public Page fetch(URI url) throws IOException {
		String scheme = url.getScheme();
		if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
			throw new IOException("not an http(s) address: " + url);
		}
		HttpRequest request = HttpRequest.newBuilder(url)
			.timeout(this.timeout)
			.header("User-Agent", USER_AGENT)
			.header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
			.GET()
			.build();
		HttpResponse<InputStream> response;
		try {
			response = this.client.send(request, HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while fetching " + url, ex);
		}
		try (InputStream body = response.body()) {
			if (response.statusCode() >= 400) {
				throw new IOException("HTTP " + response.statusCode() + " from " + url);
			}
			long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
			if (declared > this.maxBytes) {
				throw new IOException("page larger than " + this.maxBytes + " bytes");
			}
			return new Page(readCapped(body), response.headers().firstValue("Content-Type").orElse(null),
					response.uri());
		}
	}

	private byte[] readCapped(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[16384];
		long total = 0;
		int n;
		while ((n = in.read(buffer)) > 0) {
			total += n;
			if (total > this.maxBytes) {
				throw new IOException("page larger than " + this.maxBytes + " bytes");
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

	/**
	 * A fetched page.
	 *
	 * @param body the bytes as served
	 * @param contentType the {@code Content-Type} header, if any
	 * @param url the final address after redirects
	 */
	public record Page(byte[] body, @Nullable String contentType, URI url) {
	}

}
