package id.warta.system;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Publication dates as readers in Indonesia expect them: in Western Indonesian Time
 * whatever offset the date was stored with, in the reader's language. Templates call it
 * as {@code @dateline}.
 */
@Component("dateline")
public class Dateline {

	/** Western Indonesian Time, where the outlets we read publish. */
	public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private static final String DATE_PATTERN = "EEEE, d MMMM yyyy";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	/**
	 * The day, such as "Kamis, 14 September 2023" or "Thursday, 14 September 2023".
	 */
	public String date(OffsetDateTime moment) {
		return DateTimeFormatter.ofPattern(DATE_PATTERN, LocaleContextHolder.getLocale())
			.format(moment.atZoneSameInstant(WIB));
	}

	/**
	 * The time of day in WIB, such as "11:22"; the template adds the zone's name.
	 */
	public String time(OffsetDateTime moment) {
		return TIME.format(moment.atZoneSameInstant(WIB));
	}

	/**
	 * The moment for a {@code <time datetime>} attribute, in WIB.
	 */
	public String iso(OffsetDateTime moment) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment.atZoneSameInstant(WIB));
	}

}
