package id.warta.source;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One fetched URL and what became of it.
 */
@Entity
@Table(name = "fetch_log")
class FetchLogEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "source_id")
	private @Nullable Long sourceId;

	@Column(nullable = false, length = 2048)
	private String url;

	@Column(name = "fetched_at", nullable = false)
	private Instant fetchedAt;

	@Column(name = "http_status", nullable = false)
	private int httpStatus;

	@Column(nullable = false, length = 16)
	private String outcome;

	@Column(nullable = false, length = 1000)
	private String message;

	@Column(length = 40)
	private @Nullable String reason;

	protected FetchLogEntry() {
		this.url = "";
		this.fetchedAt = Instant.EPOCH;
		this.outcome = "";
		this.message = "";
	}

	FetchLogEntry(@Nullable Long sourceId, String url, Instant fetchedAt, int httpStatus, Outcome outcome,
			@Nullable FetchReason reason, String message) {
		this.reason = (reason != null) ? reason.name() : null;
		this.sourceId = sourceId;
		this.url = truncate(url, 2048);
		this.fetchedAt = fetchedAt;
		this.httpStatus = httpStatus;
		this.outcome = outcome.name();
		this.message = truncate(message, 1000);
	}

	private static String truncate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

	FetchLogLine toLine() {
		return new FetchLogLine(this.url, this.fetchedAt, this.httpStatus, this.outcome, this.reason, this.message);
	}

	/**
	 * What became of a fetched URL.
	 */
	enum Outcome {

		/** A feed, sitemap or section page read for its links. */
		LISTED,
		/** Not modified since the last run. */
		UNCHANGED,
		/** Stored as a new article. */
		NEW,
		/** Already stored, or a copy of a stored article. */
		DUPLICATE,
		/** Not fetched or not stored. */
		FAILED

	}

}
