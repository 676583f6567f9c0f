package id.warta.source;

import java.time.Instant;

/**
 * A line of a source's fetch log, as the admin area shows it.
 *
 * @param url the fetched address
 * @param fetchedAt when
 * @param httpStatus the HTTP status, 0 when there was no answer
 * @param outcome {@code LISTED}, {@code UNCHANGED}, {@code NEW}, {@code DUPLICATE} or
 * {@code FAILED}
 * @param message the reason or the article's title
 */
public record FetchLogLine(String url, Instant fetchedAt, int httpStatus, String outcome, String message) {
}
