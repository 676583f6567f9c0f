package id.warta.source;

import java.io.IOException;
import java.net.URI;

import id.warta.source.FetchedPage.Validators;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * Pages fetched for the command-line tools ({@code extract}, {@code stories}) exactly as
 * the crawler fetches them: the same guard against private and loopback addresses (unless
 * allowed, for a user's own machine), robots.txt obeyed, the {@code WartaBot} user agent,
 * one connection per host with its delay, and the same limits on size, redirects and
 * time.
 */
public final class GuardedPages {

	/** A page as fetched: its address after redirects, its bytes and content type. */
	public record Page(URI url, byte[] body, @Nullable String contentType) {
	}

	private final PoliteFetcher fetcher;

	/**
	 * @param maxBytes the largest page taken
	 * @param allowPrivateAddresses whether loopback and private addresses may be fetched
	 */
	public GuardedPages(long maxBytes, boolean allowPrivateAddresses) {
		FetchSettings d = FetchSettings.defaults();
		this.fetcher = new PoliteFetcher(new FetchSettings(d.userAgent(), d.hostDelay(), d.maxCrawlDelay(),
				d.connectTimeout(), d.readTimeout(), DataSize.ofBytes(maxBytes), d.maxRedirects(), d.maxRetries(),
				d.retryBackoff(), d.robotsCacheTime(), allowPrivateAddresses));
	}

	/**
	 * Fetches a page.
	 * @throws IOException with the reason when it cannot be had (refused address,
	 * robots.txt, HTTP status, size, time)
	 */
	public Page fetch(URI url) throws IOException {
		try {
			FetchedPage page = this.fetcher.fetch(url, Validators.NONE);
			if (page.status() != 200) {
				throw new IOException("HTTP " + page.status());
			}
			return new Page(page.url(), page.body(), page.contentType());
		}
		catch (FetchException ex) {
			throw new IOException(ex.getMessage(), ex);
		}
	}

}
