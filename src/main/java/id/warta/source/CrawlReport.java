package id.warta.source;

import id.warta.source.FetchedPage.Validators;
import org.jspecify.annotations.Nullable;

/**
 * What one run of a source did.
 *
 * @param kind what the address turned out to hold
 * @param url the address read for links (a discovered feed, for a home page)
 * @param fresh articles stored
 * @param duplicates articles already stored or folded into a stored one as copies
 * @param failed articles that could not be fetched or stored
 * @param known links skipped without fetching because they are stored already
 * @param error why the run itself failed, if it did
 * @param validators what to send for a conditional GET next time
 */
record CrawlReport(@Nullable SourceKind kind, String url, int fresh, int duplicates, int failed, int known,
		@Nullable String error, Validators validators, @Nullable String errorReason) {

	/** A report whose error, if any, has no {@link FetchReason}. */
	CrawlReport(@Nullable SourceKind kind, String url, int fresh, int duplicates, int failed, int known,
			@Nullable String error, Validators validators) {
		this(kind, url, fresh, duplicates, failed, known, error, validators, null);
	}

	/**
	 * Whether the run failed as a whole, or anything in it did.
	 */
	boolean anyFailed() {
		return this.error != null || this.failed > 0;
	}

}
