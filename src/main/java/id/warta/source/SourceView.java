package id.warta.source;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A source as the admin area shows it.
 *
 * @param id the source's id
 * @param url its address
 * @param kind what the address holds, {@code null} until the first run finds out
 * @param name a name to know it by
 * @param urlPattern for a section page, the pattern of its article addresses, if given
 * @param pollMinutes how often it is polled
 * @param paused whether polling is paused
 * @param running whether a run is going on now
 * @param lastRunAt when it last ran, if ever
 * @param nextRunAt when it runs next, if planned
 * @param lastError why the last run failed, if it did
 * @param lastErrorReason the {@link FetchReason} of the last error, if it has one
 * @param newCount articles stored, over all runs
 * @param duplicateCount articles already stored or folded in as copies, over all runs
 * @param failedCount articles that could not be fetched or stored, over all runs
 * @param failuresInRow runs that failed in a row (the source backs off)
 */
public record SourceView(long id, String url, @Nullable SourceKind kind, String name, @Nullable String urlPattern,
		int pollMinutes, boolean paused, boolean running, @Nullable Instant lastRunAt, @Nullable Instant nextRunAt,
		@Nullable String lastError, @Nullable String lastErrorReason, int newCount, int duplicateCount, int failedCount,
		int failuresInRow) {

	/**
	 * The state in one word, for the admin pages' message keys: {@code running},
	 * {@code paused}, {@code backingOff} or {@code active}.
	 */
	public String state() {
		if (this.running) {
			return "running";
		}
		if (this.paused) {
			return "paused";
		}
		return unhealthy() ? "backingOff" : "active";
	}

	/**
	 * Whether the source backs off after failures.
	 */
	public boolean unhealthy() {
		return this.failuresInRow > 0;
	}

}
