package id.warta.scraper;

import java.io.IOException;
import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * Loads a further page of a multi-page article. The extractor stays pure: the caller
 * decides how pages are fetched (over HTTP with a polite fetcher, or from memory in
 * tests).
 */
@FunctionalInterface
public interface PageLoader {

	/** A loader for content that has no further pages to fetch (files, text dumps). */
	PageLoader NONE = (url) -> {
		throw new IOException("no loader for " + url);
	};

	/**
	 * Loads one page.
	 * @param url the page's address
	 * @return its bytes and content type
	 * @throws IOException when the page cannot be loaded
	 */
	Loaded load(URI url) throws IOException;

	/**
	 * A loaded page.
	 *
	 * @param content the raw bytes
	 * @param contentType the HTTP {@code Content-Type}, if known
	 */
	record Loaded(byte[] content, @Nullable String contentType) {
	}

}
