package id.warta.source;

import java.io.IOException;

/**
 * A page that could not be had, with a one-line reason and whether trying again later may
 * help.
 */
final class FetchException extends IOException {

	private final Kind kind;

	private final int status;

	FetchException(Kind kind, int status, String message) {
		super(message);
		this.kind = kind;
		this.status = status;
	}

	FetchException(Kind kind, String message, Throwable cause) {
		super(message, cause);
		this.kind = kind;
		this.status = 0;
	}

	Kind kind() {
		return this.kind;
	}

	/**
	 * The HTTP status, or 0 when there was no answer.
	 */
	int status() {
		return this.status;
	}

	/**
	 * Why a fetch failed.
	 */
	enum Kind {

		/** The address is not http(s), or private. */
		REFUSED,
		/** robots.txt does not allow it. */
		ROBOTS_DISALLOWED,
		/** robots.txt could not be read: the whole host waits. */
		ROBOTS_UNAVAILABLE,
		/** 4xx: no retry. */
		CLIENT_ERROR,
		/** 5xx, still after the retries. */
		SERVER_ERROR,
		/** No answer in time, still after the retries. */
		TIMEOUT,
		/** The body is larger than the limit. */
		TOO_LARGE,
		/** More redirects than allowed, or a loop. */
		TOO_MANY_REDIRECTS,
		/** Any other network failure. */
		NETWORK,
		/** The fetch was abandoned because the server shuts down. */
		INTERRUPTED

	}

}
