package id.warta.scraper;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads the publication date from a stand-alone date line, in Indonesian or English:
 * "Kamis, 7 Maret 2024 | 09:15 WIB", "Thursday, 14-09-2023 | 11:22 am", "Rabu
 * (13/9/2023)", "September 14, 2023". A time without a zone is WIB. A date inside a
 * sentence is not a date line.
 */
final class DateLineParser {

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januari", 1), Map.entry("january", 1),
			Map.entry("jan", 1), Map.entry("februari", 2), Map.entry("february", 2), Map.entry("pebruari", 2),
			Map.entry("feb", 2), Map.entry("maret", 3), Map.entry("march", 3), Map.entry("mar", 3),
			Map.entry("april", 4), Map.entry("apr", 4), Map.entry("mei", 5), Map.entry("may", 5), Map.entry("juni", 6),
			Map.entry("june", 6), Map.entry("jun", 6), Map.entry("juli", 7), Map.entry("july", 7), Map.entry("jul", 7),
			Map.entry("agustus", 8), Map.entry("august", 8), Map.entry("agu", 8), Map.entry("agt", 8),
			Map.entry("ags", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sept", 9),
			Map.entry("sep", 9), Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("okt", 10),
			Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nopember", 11), Map.entry("nov", 11),
			Map.entry("nop", 11), Map.entry("desember", 12), Map.entry("december", 12), Map.entry("des", 12),
			Map.entry("dec", 12));

	private static final String MONTH = "("
			+ String.join("|", MONTHS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) + ")\\.?";

	private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern MONTH_DAY_YEAR = Pattern
		.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);

	/** Machine dates ISO parsing refuses: slashes, dashes in the time, no zone. */
	private static final Pattern LOOSE_MACHINE = Pattern.compile(
			"(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})[T ](\\d{1,2})[:-](\\d{2})(?:[:-](\\d{2}))?(?:\\.\\d+)?\\s*(Z|WIB|[+-]\\d{2}:?\\d{2})?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern COMPACT_OFFSET = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?([+-]\\d{4})");

	private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");

	private static final Pattern SYMBOLS = Pattern.compile("[\\p{P}\\p{S}\\d]");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

	private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})\\b");

	private static final Pattern TIME = Pattern.compile(
			"\\b(\\d{1,2})[:.](\\d{2})(?:[:.]\\d{2})?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?\\s*(wib|wita|wit|gmt|utc|z|[+-]\\d{2}:?\\d{2})?(?![\\w])",
			Pattern.CASE_INSENSITIVE);

	/** Words a date line may hold besides the date: day names, labels, zones. */
	private static final Pattern FILLER = Pattern.compile(
			"\\b(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
					+ "mon|tue|wed|thu|fri|sat|sun|published|publish|posted|diterbitkan|dipublikasikan|diposting|terbit|updated|"
					+ "diperbarui|update|pukul|jam|at|on|wib|wita|wit|gmt|utc|am|pm|oleh|by|dan|and|tanggal|last|hari|date|waktu)\\b",
			Pattern.CASE_INSENSITIVE);

	private DateLineParser() {
	}

	/**
	 * Parses a line that is a date line and nothing much else.
	 * @return the date, or empty when the line is not a date line
	 */
	static Optional<PublicationDate> parseDateLine(String line) {
		if (line.length() > 100) {
			return Optional.empty();
		}
		Found date = findDate(line);
		if (date == null) {
			return Optional.empty();
		}
		String rest = line.substring(date.end);
		Matcher time = TIME.matcher(rest);
		boolean hasTime = time.find();
		String leftover = line.substring(0, date.start) + " "
				+ (hasTime ? rest.substring(0, time.start()) + " " + rest.substring(time.end()) : rest);
		leftover = SYMBOLS.matcher(FILLER.matcher(leftover).replaceAll(" ")).replaceAll(" ").strip();
		if (!leftover.isEmpty() && SPACES.split(leftover).length > 3) {
			return Optional.empty();
		}
		if (!hasTime) {
			return Optional.of(PublicationDate.ofDate(date.date));
		}
		LocalTime localTime = toTime(time);
		if (localTime == null) {
			return Optional.of(PublicationDate.ofDate(date.date));
		}
		return Optional.of(PublicationDate.of(OffsetDateTime.of(date.date, localTime, zone(time.group(4)))));
	}

	/** What {@link OffsetDateTime#parse} accepts: "2023-09-14T10:00:00+07:00", "…Z". */
	private static final Pattern ISO_OFFSET = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?(?:Z|[+-]\\d{2}:\\d{2}(?::\\d{2})?)");

	/**
	 * Parses an ISO-8601 or similar machine date as found in HTML metadata.
	 */
	static Optional<PublicationDate> parseMachineDate(String value) {
		String v = value.strip();
		Matcher loose = LOOSE_MACHINE.matcher(v);
		if (loose.matches() && (loose.group(7) == null || v.contains("/") || v.indexOf('-', 11) > 0)) {
			// "2022/12/10 13:19:56" and detik's "2022-12-10T13-19-56Z" are WIB clock
			// time,
			// whatever the letter after them says.
			try {
				LocalDate date = LocalDate.of(Integer.parseInt(loose.group(1)), Integer.parseInt(loose.group(2)),
						Integer.parseInt(loose.group(3)));
				LocalTime time = LocalTime.of(Integer.parseInt(loose.group(4)), Integer.parseInt(loose.group(5)),
						(loose.group(6) != null) ? Integer.parseInt(loose.group(6)) : 0);
				ZoneOffset zone = (loose.group(7) == null || loose.group(7).equalsIgnoreCase("Z")
						|| loose.group(7).equalsIgnoreCase("WIB")) ? PublicationDate.WIB : zone(loose.group(7));
				return Optional.of(PublicationDate.of(OffsetDateTime.of(date, time, zone)));
			}
			catch (DateTimeException ex) {
				return Optional.empty();
			}
		}
		if (ISO_OFFSET.matcher(v).matches()) {
			// (Checked first: a failed parse throws, which costs more than the check.)
			try {
				return Optional.of(PublicationDate.of(OffsetDateTime.parse(v)));
			}
			catch (DateTimeException ex) {
				// not a valid offset date-time: try the looser forms below
			}
		}
		if (COMPACT_OFFSET.matcher(v).matches()) {
			String fixed = OFFSET_WITHOUT_COLON.matcher(v.replace(' ', 'T')).replaceAll("$1:$2");
			try {
				return Optional.of(PublicationDate.of(OffsetDateTime.parse(fixed)));
			}
			catch (DateTimeException ex) {
				return Optional.empty();
			}
		}
		return parseDateLine(v);
	}

	private static @Nullable Found findDate(String line) {
		Matcher m = DAY_MONTH_YEAR.matcher(line);
		if (m.find()) {
			return found(m, m.group(3), month(m.group(2)), m.group(1));
		}
		m = MONTH_DAY_YEAR.matcher(line);
		if (m.find()) {
			return found(m, m.group(3), month(m.group(1)), m.group(2));
		}
		m = ISO.matcher(line);
		if (m.find()) {
			return found(m, m.group(1), Integer.parseInt(m.group(2)), m.group(3));
		}
		m = NUMERIC.matcher(line);
		if (m.find()) {
			String year = m.group(3);
			if (year.length() == 2) {
				year = "20" + year;
			}
			return found(m, year, Integer.parseInt(m.group(2)), m.group(1));
		}
		return null;
	}

	private static int month(String name) {
		return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
	}

	private static @Nullable Found found(Matcher m, String year, int month, String day) {
		try {
			return new Found(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)), m.start(), m.end());
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static @Nullable LocalTime toTime(Matcher time) {
		int hour = Integer.parseInt(time.group(1));
		int minute = Integer.parseInt(time.group(2));
		String half = time.group(3);
		if (half != null) {
			boolean pm = half.toLowerCase(Locale.ROOT).startsWith("p");
			if (hour == 12) {
				hour = pm ? 12 : 0;
			}
			else if (pm) {
				hour += 12;
			}
		}
		return (hour < 24 && minute < 60) ? LocalTime.of(hour, minute) : null;
	}

	private static ZoneOffset zone(@Nullable String name) {
		if (name == null) {
			return PublicationDate.WIB;
		}
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "wib" -> PublicationDate.WIB;
			case "wita" -> ZoneOffset.ofHours(8);
			case "wit" -> ZoneOffset.ofHours(9);
			case "gmt", "utc", "z" -> ZoneOffset.UTC;
			default -> ZoneOffset.of(name.length() == 5 ? name.substring(0, 3) + ":" + name.substring(3) : name);
		};
	}

	private record Found(LocalDate date, int start, int end) {
	}

}
