package id.warta.scraper;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * When an article was published: a date-time with offset, or only a date when the page
 * gives no time.
 *
 * @param dateTime the instant, with the offset the page implies (WIB, UTC+7, when it
 * names none); midnight of that day when only the date is known
 * @param timeKnown whether the page gave a time of day
 */
public record PublicationDate(OffsetDateTime dateTime, boolean timeKnown) {

	/** Western Indonesian Time, the zone assumed when a page names none. */
	public static final ZoneOffset WIB = ZoneOffset.ofHours(7);

	public static PublicationDate ofDate(LocalDate date) {
		return new PublicationDate(date.atStartOfDay().atOffset(WIB), false);
	}

	public static PublicationDate of(OffsetDateTime dateTime) {
		return new PublicationDate(dateTime, true);
	}

	public LocalDate date() {
		return this.dateTime.toLocalDate();
	}

	/**
	 * ISO-8601 text: {@code 2023-09-14T11:22:00+07:00}, or {@code 2023-09-14} when only
	 * the date is known.
	 */
	public String toIso() {
		return this.timeKnown ? this.dateTime.toString() : date().toString();
	}

}
