package id.warta.source;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * A fetched response.
 *
 * @param url the final address, after redirects
 * @param status the HTTP status (200, or 304 when not modified)
 * @param body the decoded body (empty when not modified)
 * @param contentType the {@code Content-Type} header, if any
 * @param validators the {@code ETag} and {@code Last-Modified} to send next time
 */
record FetchedPage(URI url, int status, byte[] body, @Nullable String contentType, Validators validators) {

	boolean notModified() {
		return this.status == 304;
	}

	/**
	 * What a conditional GET sends back to the server.
	 *
	 * @param etag the {@code ETag} last served, if any
	 * @param lastModified the {@code Last-Modified} last served, if any
	 */
	record Validators(@Nullable String etag, @Nullable String lastModified) {

		static final Validators NONE = new Validators(null, null);

	}

}
