package id.warta.scraper;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the publisher's own name in a text dump: a masthead line ("Membumi.com",
 * "MDN") near the title, or a dateline that opens the first paragraph ("pelita.online –
 * …", "KOMPAS.com - …", "Jakarta (ANTARA) - …", "Jakarta, CNN Indonesia -- …"). A cited
 * source ("sumber : cnbcindonesia.com") is never the outlet.
 */
final class Mastheads {

	private static final String DOMAIN = "[A-Za-z0-9][A-Za-z0-9-]*(?:\\.[A-Za-z0-9-]+)*\\.(?i:com|co\\.id|id|net|org|online|news|info|co|tv|web\\.id|or\\.id|my\\.id|xyz|site|media|asia)";

	private static final Pattern DOMAIN_LINE = Pattern.compile("^" + DOMAIN + "$");

	private static final Pattern ACRONYM_LINE = Pattern.compile("^[A-Z]{2,6}$");

	/** Words that stand alone in capitals but are navigation, not a name. */
	private static final Set<String> NOT_MASTHEADS = Set.of("HOME", "MENU", "NEWS", "BERITA", "VIDEO", "FOTO", "OPINI",
			"IKLAN", "ADS", "TAGS", "TAG", "SHARE", "LIVE", "TV", "NEW", "HOT", "WIB", "WITA", "WIT", "AM", "PM",
			"BACA", "EN", "ID");

	private static final Pattern DASH = Pattern.compile("\\s*(?:--|[–—-])\\s+");

	private static final Pattern DOMAIN_DATELINE = Pattern.compile("^(" + DOMAIN + ")(,\\s*[\\p{L} ]{2,30})?" + DASH);

	private static final Pattern AGENCY_DATELINE = Pattern
		.compile("^[\\p{Lu}][\\p{L}.]+(?:\\s[\\p{Lu}][\\p{L}.]+)?,?\\s*\\(([\\p{L}][\\p{L}. ]{1,30})\\)" + DASH);

	private static final Pattern OUTLET_DATELINE = Pattern.compile(
			"^[\\p{Lu}][\\p{L}.]+(?:\\s[\\p{Lu}][\\p{L}.]+)?,\\s+(\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*){0,2})\\s*(?:--|[–—])\\s+");

	private Mastheads() {
	}

	/** A masthead line standing alone near the title. */
	static Optional<String> masthead(String line) {
		if (DOMAIN_LINE.matcher(line).matches()
				|| (ACRONYM_LINE.matcher(line).matches() && !NOT_MASTHEADS.contains(line))) {
			return Optional.of(line);
		}
		return Optional.empty();
	}

	/**
	 * Reads the dateline at the start of the first paragraph.
	 * @param paragraph the first paragraph
	 * @return the outlet and the paragraph with a bare outlet prefix removed (a city
	 * dateline stays in the text)
	 */
	static Optional<Dateline> dateline(String paragraph) {
		Matcher m = DOMAIN_DATELINE.matcher(paragraph);
		if (m.find()) {
			String rest = (m.group(2) != null) ? paragraph : paragraph.substring(m.end());
			return Optional.of(new Dateline(m.group(1), rest));
		}
		m = AGENCY_DATELINE.matcher(paragraph);
		if (m.find()) {
			return Optional.of(new Dateline(m.group(1).strip(), paragraph));
		}
		m = OUTLET_DATELINE.matcher(paragraph);
		if (m.find()) {
			return Optional.of(new Dateline(m.group(1).strip(), paragraph));
		}
		return Optional.empty();
	}

	/**
	 * What a dateline told.
	 *
	 * @param outlet the publisher named by the dateline
	 * @param paragraph the paragraph to keep
	 */
	record Dateline(String outlet, String paragraph) {
	}

}
