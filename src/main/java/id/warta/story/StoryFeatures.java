package id.warta.story;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;

import id.warta.language.names.Years;
import org.jspecify.annotations.Nullable;

/**
 * What story grouping knows of one article: the analyzer's terms of its headline and of
 * its text with their frequencies, the entities it names with how often, and the day of
 * the event it reports, full or without its year.
 *
 * @param titleTerms the headline's terms, each with its count
 * @param leadTerms the terms of the headline and the first paragraphs, where news states
 * what happened, each with its count
 * @param leadEntities the entities the headline and first paragraphs name, with counts
 * @param terms the text's most telling terms (headline and body), each with its count
 * @param entities the gazetteer entities the text names, each with its count of mentions
 * @param day the event's day when its year is known
 * @param monthDay the event's day and month, also when only those are known
 * @param weekday the weekday the text names with a day whose year it does not tell
 * ("Kamis (27/7)"), which rules out the years in which that day is another weekday
 * @param years the years the article can be from by the offices it gives people
 * ("Presiden AS Donald Trump"), when they tell
 * @param dated whether the day is the article's publication date rather than read from
 * its text
 */
public record StoryFeatures(Map<String, Integer> titleTerms, Map<String, Integer> leadTerms,
		Map<String, Integer> leadEntities, Map<String, Integer> terms, Map<String, Integer> entities,
		@Nullable LocalDate day, @Nullable MonthDay monthDay, @Nullable DayOfWeek weekday, @Nullable Years years,
		boolean dated) {

	public StoryFeatures {
		titleTerms = Map.copyOf(titleTerms);
		leadTerms = Map.copyOf(leadTerms);
		leadEntities = Map.copyOf(leadEntities);
		terms = Map.copyOf(terms);
		entities = Map.copyOf(entities);
		if (day != null) {
			monthDay = MonthDay.from(day);
			weekday = null;
		}
	}

	/**
	 * The features as one line of text, to store beside the article: {@code v1|day|
	 * month-day|weekday|years|dated|title terms|terms|entities}, each map as
	 * space-separated {@code term:count}.
	 */
	public String encode() {
		return "v2|" + ((this.day != null) ? this.day.toString() : "") + "|"
				+ ((this.monthDay != null) ? this.monthDay.toString() : "") + "|"
				+ ((this.weekday != null) ? this.weekday.getValue() : "") + "|"
				+ ((this.years != null) ? this.years.toString().replace(" ", "") : "") + "|" + (this.dated ? "1" : "0")
				+ "|" + encode(this.titleTerms) + "|" + encode(this.leadTerms) + "|" + encode(this.leadEntities) + "|"
				+ encode(this.terms) + "|" + encode(this.entities);
	}

	/**
	 * Reads {@link #encode()}'s line.
	 * @throws IllegalArgumentException when the line is not one
	 */
	public static StoryFeatures decode(String line) {
		String[] parts = line.split("\\|", -1);
		if (parts.length != 11 || !parts[0].equals("v2")) {
			throw new IllegalArgumentException("Not story features: " + shorten(line));
		}
		try {
			LocalDate day = parts[1].isEmpty() ? null : LocalDate.parse(parts[1]);
			MonthDay monthDay = parts[2].isEmpty() ? null : MonthDay.parse(parts[2]);
			DayOfWeek weekday = parts[3].isEmpty() ? null : DayOfWeek.of(Integer.parseInt(parts[3]));
			Years years = parts[4].isEmpty() ? null : Years.parse(parts[4]);
			return new StoryFeatures(decodeMap(parts[6]), decodeMap(parts[7]), decodeMap(parts[8]), decodeMap(parts[9]),
					decodeMap(parts[10]), day, monthDay, weekday, years, parts[5].equals("1"));
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("Not story features: " + shorten(line), ex);
		}
	}

	private static String encode(Map<String, Integer> counts) {
		StringBuilder out = new StringBuilder();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach((entry) -> out.append(out.isEmpty() ? "" : " ")
				.append(entry.getKey())
				.append(':')
				.append(entry.getValue()));
		return out.toString();
	}

	private static Map<String, Integer> decodeMap(String text) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		if (text.isBlank()) {
			return counts;
		}
		for (String item : text.split(" ")) {
			int colon = item.lastIndexOf(':');
			counts.put(item.substring(0, colon), Integer.parseInt(item.substring(colon + 1)));
		}
		return counts;
	}

	private static String shorten(String line) {
		return (line.length() > 60) ? line.substring(0, 60) + "…" : line;
	}

}
