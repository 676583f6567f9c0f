package id.warta.source;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A line of a source's fetch log, as the admin area shows it.
 *
 * @param url the fetched address
 * @param fetchedAt when
 * @param httpStatus the HTTP status, 0 when there was no answer
 * @param outcome {@code LISTED}, {@code UNCHANGED}, {@code NEW}, {@code DUPLICATE} or
 * {@code FAILED}
 * @param reason the {@link FetchReason}, shown in the reader's language, if the line has
 * one
 * @param message the article's title, or the technical detail of the reason
 */
public record FetchLogLine(String url, Instant fetchedAt, int httpStatus, String outcome, @Nullable String reason,
		String message) {
}
