package id.warta.language.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads the dates that Indonesian (and English) news text mentions, and which of them is
 * the day of the event reported: "Rabu (13/9/2023)", "pada Rabu (13/9)", "(14/9/23)", "18
 * dan 19 Juni", "15-16 November 2022", "tanggal 4 September", "November 15, 2022".
 * <p>
 * A mention without a year takes the year the article implies: the publication date when
 * there is one (the latest such day not after it), otherwise the years that the text
 * states elsewhere — full dates first, then years standing alone — checked against the
 * weekday when the text names one ("Rabu (13/9)" is a Wednesday only in some years). When
 * nothing tells the year, the mention keeps only its day and month.
 */
public final class TextDates {

	/**
	 * Earliest and latest years taken for news: a four-digit number outside is no year.
	 */
	static final int FIRST_YEAR = 1945;

	static final int LAST_YEAR = 2100;

	/** Paragraphs at the top that state the event's day when an article states it. */
	private static final int LEAD_PARAGRAPHS = 3;

	private static final Map<String, Integer> MONTHS = months();

	private static final Map<String, DayOfWeek> WEEKDAYS = weekdays();

	private static final String MONTH = "(" + alternatives(MONTHS.keySet()) + ")\\.?";

	private static final String WEEKDAY = "(" + alternatives(WEEKDAYS.keySet()) + ")";

	private static final String YEAR = "(\\d{4})";

	/** "Rabu (13/9/2023)", "(13/9)", "Kamis (14/9/23)", "(12-13/1/2021)". */
	private static final Pattern NUMERIC = Pattern
		.compile(
				"(?:\\b" + WEEKDAY + "\\s*,?\\s*)?\\(\\s*(?:\\d{1,2}\\s*[-–]\\s*)?"
						+ "(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}|\\d{2}))?\\s*\\)",
				Pattern.CASE_INSENSITIVE);

	/** "Rabu, 13/9/2023" or "tanggal 13/9/2023": a full numeric date outside brackets. */
	private static final Pattern NUMERIC_FULL = Pattern.compile(
			"(?:\\b" + WEEKDAY + "\\s*,?\\s*)?(?<![\\d/.(])(\\d{1,2})/" + "(\\d{1,2})/(\\d{4})\\b(?![/\\d])",
			Pattern.CASE_INSENSITIVE);

	/** "Rabu, 13 September 2023", "18 dan 19 Juni", "15-16 November 2022", "4 Sept". */
	private static final Pattern DAY_MONTH = Pattern.compile("(?:\\b" + WEEKDAY + "\\s*(?:\\(|,)?\\s*)?\\b(\\d{1,2})"
			+ "(?:\\s*(?:[-–]|s\\.d\\.?|sampai|hingga|dan|and)\\s*\\d{1,2})?\\s+" + MONTH + "(?:\\s*,?\\s+" + YEAR
			+ ")?(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

	/** "November 15, 2022", "on Wednesday, September 13". */
	private static final Pattern MONTH_DAY = Pattern.compile("(?:\\b" + WEEKDAY + "\\s*,?\\s*)?\\b" + MONTH
			+ "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,\\s*" + YEAR + ")?(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE);

	/** A year standing alone: "tahun 2024", "pada 2019", "(2022)". */
	private static final Pattern LONE_YEAR = Pattern.compile("(?<![\\d.,/:-])((?:19|20)\\d{2})(?![\\d.,/:]\\d)");

	private TextDates() {
	}

	/**
	 * Every date the text mentions, in order, with the year where the mention gives it.
	 */
	public static List<TextDate> mentions(String text) {
		Map<Integer, TextDate> found = new HashMap<>();
		List<int[]> taken = new ArrayList<>();
		read(NUMERIC.matcher(text), found, taken, 1, 2, 3, 4, false);
		read(NUMERIC_FULL.matcher(text), found, taken, 1, 2, 3, 4, false);
		read(DAY_MONTH.matcher(text), found, taken, 1, 2, 3, 4, true);
		read(MONTH_DAY.matcher(text), found, taken, 1, 3, 2, 4, true);
		List<TextDate> dates = new ArrayList<>(found.values());
		dates.sort(Comparator.comparingInt(TextDate::position));
		return dates;
	}

	/**
	 * The dates of a text with the years that the article implies filled in where a
	 * mention lacks one.
	 * @param published the article's publication day, if known
	 */
	public static List<TextDate> resolved(String text, @Nullable LocalDate published) {
		List<TextDate> mentions = mentions(text);
		YearEvidence evidence = YearEvidence.of(text, mentions);
		return mentions.stream()
			.map((mention) -> (mention.year() != null) ? mention : mention.withYear(year(mention, published, evidence)))
			.toList();
	}

	/**
	 * The day of the event an article reports, when its publication date is unknown: the
	 * first date of the lead paragraphs, or failing that the first date of the text named
	 * with its weekday or in brackets, as news writes the day of what it reports.
	 * @param paragraphs the article's paragraphs, in order
	 * @return the date, with or without its year; empty when the text names no date
	 */
	public static Optional<TextDate> eventDate(List<String> paragraphs) {
		String text = String.join("\n", paragraphs);
		List<TextDate> dates = resolved(text, null);
		if (dates.isEmpty()) {
			return Optional.empty();
		}
		int leadEnd = 0;
		for (int i = 0; i < Math.min(LEAD_PARAGRAPHS, paragraphs.size()); i++) {
			leadEnd += paragraphs.get(i).length() + 1;
		}
		int end = leadEnd;
		Optional<TextDate> inLead = dates.stream()
			.filter((date) -> date.position() < end)
			.min(Comparator.comparing((TextDate date) -> date.weekday() == null).thenComparingInt(TextDate::position));
		if (inLead.isPresent()) {
			return inLead;
		}
		return dates.stream().filter((date) -> date.weekday() != null).findFirst().or(() -> Optional.of(dates.get(0)));
	}

	private static void read(Matcher matcher, Map<Integer, TextDate> found, List<int[]> taken, int weekdayGroup,
			int dayGroup, int monthGroup, int yearGroup, boolean monthByName) {
		while (matcher.find()) {
			int start = matcher.start();
			int end = matcher.end();
			if (taken.stream().anyMatch((span) -> start < span[1] && end > span[0])) {
				continue;
			}
			String monthText = matcher.group(monthGroup);
			Integer month = monthByName ? MONTHS.get(monthText.toLowerCase(Locale.ROOT)) : parse(monthText);
			Integer day = parse(matcher.group(dayGroup));
			if (month == null || day == null || month < 1 || month > 12 || day < 1) {
				continue;
			}
			MonthDay monthDay;
			try {
				monthDay = MonthDay.of(month, day);
			}
			catch (DateTimeException ex) {
				continue;
			}
			Integer year = year(matcher.group(yearGroup));
			if (year != null && !monthDay.isValidYear(year)) {
				continue;
			}
			String weekdayText = matcher.group(weekdayGroup);
			DayOfWeek weekday = (weekdayText != null)
					? WEEKDAYS.get(weekdayText.toLowerCase(Locale.ROOT).replace('\u2019', '\'')) : null;
			if (weekday != null && year != null && monthDay.atYear(year).getDayOfWeek() != weekday) {
				// A weekday that the date contradicts says nothing; keep the date.
				weekday = null;
			}
			int position = (weekdayText != null) ? matcher.start(weekdayGroup) : matcher.start(dayGroup);
			found.put(position, new TextDate(monthDay, year, weekday, position));
			taken.add(new int[] { start, end });
		}
	}

	/**
	 * The year of a mention that gives none.
	 */
	private static @Nullable Integer year(TextDate mention, @Nullable LocalDate published, YearEvidence evidence) {
		MonthDay monthDay = mention.monthDay();
		if (published != null) {
			// The latest such day not long after publication: news reports what happened,
			// or announces what comes within weeks.
			LocalDate limit = published.plusDays(31);
			for (int year = limit.getYear(); year >= limit.getYear() - 1; year--) {
				if (monthDay.isValidYear(year) && !monthDay.atYear(year).isAfter(limit) && matches(mention, year)) {
					return year;
				}
			}
			return null;
		}
		for (List<Integer> years : evidence.rankedYears()) {
			List<Integer> fitting = years.stream().filter((year) -> matches(mention, year)).toList();
			if (fitting.size() == 1 || (!fitting.isEmpty() && mention.weekday() == null)) {
				return fitting.get(0);
			}
			if (mention.weekday() != null) {
				// A year stated next to the mentioned one: "Rabu (13/9)" beside "tahun
				// lalu,
				// 2022" is of 2023 when only 2023 has that weekday.
				List<Integer> near = new ArrayList<>();
				for (int year : years) {
					for (int candidate = year - 1; candidate <= year + 1; candidate++) {
						if (!near.contains(candidate) && matches(mention, candidate)) {
							near.add(candidate);
						}
					}
				}
				if (near.size() == 1) {
					return near.get(0);
				}
			}
		}
		return null;
	}

	private static boolean matches(TextDate mention, int year) {
		return mention.monthDay().isValidYear(year)
				&& (mention.weekday() == null || mention.monthDay().atYear(year).getDayOfWeek() == mention.weekday());
	}

	private static @Nullable Integer parse(@Nullable String digits) {
		if (digits == null) {
			return null;
		}
		try {
			return Integer.parseInt(digits.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable Integer year(@Nullable String digits) {
		Integer year = parse(digits);
		if (year == null) {
			return null;
		}
		if (digits.strip().length() == 2) {
			year += (year <= 50) ? 2000 : 1900;
		}
		return (year >= FIRST_YEAR && year <= LAST_YEAR) ? year : null;
	}

	private static String alternatives(java.util.Set<String> words) {
		return String
			.join("|",
					words.stream()
						.sorted(Comparator.comparingInt(String::length).reversed().thenComparing((w) -> w))
						.toList())
			.replace(".", "\\.")
			.replace("'", "['’]?");
	}

	private static Map<String, Integer> months() {
		Map<String, Integer> months = new LinkedHashMap<>();
		String[][] names = { { "januari", "january", "jan" }, { "februari", "pebruari", "february", "feb", "peb" },
				{ "maret", "march", "mar" }, { "april", "apr" }, { "mei", "may" }, { "juni", "june", "jun" },
				{ "juli", "july", "jul" }, { "agustus", "august", "agu", "agt", "ags", "aug" },
				{ "september", "sept", "sep" }, { "oktober", "october", "okt", "oct" },
				{ "november", "nopember", "nov", "nop" }, { "desember", "december", "des", "dec" } };
		for (int i = 0; i < names.length; i++) {
			for (String name : names[i]) {
				months.put(name, i + 1);
			}
		}
		return Map.copyOf(months);
	}

	private static Map<String, DayOfWeek> weekdays() {
		Map<String, DayOfWeek> weekdays = new HashMap<>();
		String[][] names = { { "senin", "monday" }, { "selasa", "tuesday" }, { "rabu", "wednesday" },
				{ "kamis", "thursday" }, { "jumat", "jum'at", "friday" }, { "sabtu", "saturday" },
				{ "minggu", "ahad", "sunday" } };
		for (int i = 0; i < names.length; i++) {
			for (String name : names[i]) {
				weekdays.put(name, DayOfWeek.of(i + 1));
			}
		}
		return Map.copyOf(weekdays);
	}

	static Integer monthOf(String name) {
		return MONTHS.get(name.toLowerCase(Locale.ROOT));
	}

	/**
	 * The years a text states, most telling first: those of its full dates, then the
	 * years that stand alone, the most often stated first and, among equals, the latest.
	 */
	private record YearEvidence(List<Integer> fullDateYears, List<Integer> loneYears) {

		static YearEvidence of(String text, List<TextDate> mentions) {
			List<Integer> full = mentions.stream()
				.map(TextDate::year)
				.filter((year) -> year != null)
				.map((year) -> (int) year)
				.distinct()
				.toList();
			Map<Integer, Integer> counts = new HashMap<>();
			Matcher matcher = LONE_YEAR.matcher(text);
			while (matcher.find()) {
				counts.merge(Integer.parseInt(matcher.group(1)), 1, Integer::sum);
			}
			List<Integer> lone = counts.keySet()
				.stream()
				.filter((year) -> !full.contains(year))
				.sorted(Comparator.comparing((Integer year) -> -counts.get(year))
					.thenComparing(Comparator.reverseOrder()))
				.toList();
			return new YearEvidence(full, lone);
		}

		List<List<Integer>> rankedYears() {
			List<List<Integer>> ranked = new ArrayList<>();
			if (!this.fullDateYears.isEmpty()) {
				ranked.add(this.fullDateYears);
			}
			if (!this.loneYears.isEmpty()) {
				ranked.add(this.loneYears);
			}
			return ranked;
		}

	}

}
