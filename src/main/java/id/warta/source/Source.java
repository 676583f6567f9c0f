package id.warta.source;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An outlet's feed, sitemap, section page or article that Warta polls, with how its last
 * runs went.
 */
@Entity
@Table(name = "source")
class Source {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, length = 2048)
	private String url;

	// Null until the first run finds out what the address holds.
	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	private @Nullable SourceKind kind;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(name = "url_pattern", length = 500)
	private @Nullable String urlPattern;

	@Column(name = "poll_minutes", nullable = false)
	private int pollMinutes;

	@Column(nullable = false)
	private boolean paused;

	@Column(name = "next_run_at")
	private @Nullable Instant nextRunAt;

	@Column(name = "last_run_at")
	private @Nullable Instant lastRunAt;

	@Column(name = "last_error", length = 1000)
	private @Nullable String lastError;

	@Column(name = "last_error_reason", length = 40)
	private @Nullable String lastErrorReason;

	@Column(name = "new_count", nullable = false)
	private int newCount;

	@Column(name = "duplicate_count", nullable = false)
	private int duplicateCount;

	@Column(name = "failed_count", nullable = false)
	private int failedCount;

	@Column(name = "failures_in_row", nullable = false)
	private int failuresInRow;

	@Column(length = 500)
	private @Nullable String etag;

	@Column(name = "last_modified", length = 100)
	private @Nullable String lastModified;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Source() {
		this.url = "";
		this.name = "";
		this.createdAt = Instant.EPOCH;
	}

	Source(String url, @Nullable SourceKind kind, String name, @Nullable String urlPattern, int pollMinutes,
			Instant now) {
		this.url = url;
		this.kind = kind;
		this.name = name;
		this.urlPattern = urlPattern;
		this.pollMinutes = pollMinutes;
		this.createdAt = now;
		this.nextRunAt = now;
	}

	void edit(String url, @Nullable SourceKind kind, String name, @Nullable String urlPattern, int pollMinutes) {
		if (!url.equals(this.url) || kind != this.kind) {
			// Another address: what the old one served says nothing about it.
			this.etag = null;
			this.lastModified = null;
		}
		this.url = url;
		this.kind = kind;
		this.name = name;
		this.urlPattern = urlPattern;
		this.pollMinutes = pollMinutes;
	}

	void setPaused(boolean paused) {
		this.paused = paused;
	}

	/**
	 * Records a run. A run that failed as a whole backs the source off, doubling the wait
	 * with each failure in a row up to {@code maxBackoff}.
	 */
	void recordRun(CrawlReport report, Instant now, Duration maxBackoff) {
		this.lastRunAt = now;
		this.newCount += report.fresh();
		this.duplicateCount += report.duplicates();
		this.failedCount += report.failed();
		this.lastError = (report.error() != null) ? truncate(report.error(), 1000) : null;
		this.lastErrorReason = (report.error() != null) ? report.errorReason() : null;
		if (this.kind == null) {
			this.kind = report.kind();
		}
		Duration wait = Duration.ofMinutes(this.pollMinutes);
		if (report.error() != null) {
			this.failuresInRow++;
			wait = wait.multipliedBy(1L << Math.min(this.failuresInRow, 10));
			wait = (wait.compareTo(maxBackoff) > 0) ? maxBackoff : wait;
		}
		else {
			this.failuresInRow = 0;
			this.etag = report.validators().etag();
			this.lastModified = report.validators().lastModified();
		}
		this.nextRunAt = now.plus(wait);
	}

	void runSoon(Instant now) {
		this.nextRunAt = now;
	}

	private static String truncate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

	@Nullable Long getId() {
		return this.id;
	}

	String getUrl() {
		return this.url;
	}

	@Nullable SourceKind getKind() {
		return this.kind;
	}

	String getName() {
		return this.name;
	}

	@Nullable String getUrlPattern() {
		return this.urlPattern;
	}

	int getPollMinutes() {
		return this.pollMinutes;
	}

	boolean isPaused() {
		return this.paused;
	}

	@Nullable Instant getNextRunAt() {
		return this.nextRunAt;
	}

	FetchedPage.Validators validators() {
		return new FetchedPage.Validators(this.etag, this.lastModified);
	}

	SourceView toView(boolean running) {
		// 0 for a source not saved yet.
		long id = (this.id != null) ? this.id : 0;
		return new SourceView(id, this.url, this.kind, this.name, this.urlPattern, this.pollMinutes, this.paused,
				running, this.lastRunAt, this.nextRunAt, this.lastError, this.lastErrorReason, this.newCount,
				this.duplicateCount, this.failedCount, this.failuresInRow);
	}

}
