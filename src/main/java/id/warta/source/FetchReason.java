package id.warta.source;

/**
 * Why a line of the fetch log, or a run, went as it did: a code that the admin area shows
 * in the reader's language ({@code admin.reason.*} messages), beside the technical detail
 * that the log's message keeps. A failed fetch has its {@link FetchException.Kind}.
 */
enum FetchReason {

	/** Not modified since the last run (HTTP 304). */
	NOT_MODIFIED,
	/**
	 * A page named its feed, which is read instead; the message is the feed's address.
	 */
	FEED_FOUND,
	/** A feed, sitemap or section page was read; the message is how many links it had. */
	LINKS,
	/** The page was fetched, but is no article, or could not be stored. */
	NOT_IMPORTED,
	/** The address cannot be fetched at all. */
	BAD_ADDRESS,
	/** Warta failed: the log has the detail. */
	INTERNAL,
	/** See {@link FetchException.Kind#REFUSED}. */
	REFUSED,
	/** See {@link FetchException.Kind#ROBOTS_DISALLOWED}. */
	ROBOTS_DISALLOWED,
	/** See {@link FetchException.Kind#ROBOTS_UNAVAILABLE}. */
	ROBOTS_UNAVAILABLE,
	/** See {@link FetchException.Kind#CLIENT_ERROR}. */
	CLIENT_ERROR,
	/** See {@link FetchException.Kind#SERVER_ERROR}. */
	SERVER_ERROR,
	/** See {@link FetchException.Kind#TIMEOUT}. */
	TIMEOUT,
	/** See {@link FetchException.Kind#TOO_LARGE}. */
	TOO_LARGE,
	/** See {@link FetchException.Kind#TOO_MANY_REDIRECTS}. */
	TOO_MANY_REDIRECTS,
	/** See {@link FetchException.Kind#NETWORK}. */
	NETWORK,
	/** See {@link FetchException.Kind#INTERRUPTED}. */
	INTERRUPTED;

	/**
	 * The reason of a failed fetch, of an address that could not be fetched, or of a bug.
	 */
	static FetchReason of(Exception failure) {
		if (failure instanceof FetchException fetch) {
			return valueOf(fetch.kind().name());
		}
		return (failure instanceof IllegalArgumentException) ? BAD_ADDRESS : INTERNAL;
	}

}
