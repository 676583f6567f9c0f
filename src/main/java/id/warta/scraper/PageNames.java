package id.warta.scraper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Where a text dump names its own outlet away from the article: a copyright line ("© 2024
 * Harian Cakrawala. All rights reserved."), a desk credit ("Redaksi Lintas Dunia"), an
 * "About" link ("Tentang Warta Nusa Raya"). It also reads a short form of the name in the
 * form the page writes it elsewhere: an abbreviation ("WNR" in "Jakarta (WNR) –") whose
 * words stand on the page, or a shouting masthead ("WARTASAMUDRA.COM") beside "Warta
 * Samudra" in the text.
 */
final class PageNames {

	private static final String WORD = "\\p{Lu}[\\p{L}0-9&'’-]*(?:\\.\\p{L}+)*";

	private static final String NAME = WORD + "(?:\\s+" + WORD + "){0,4}";

	/** "© 2024 Harian Cakrawala.", "Copyright © 2023 PT Suara Timur Media". */
	private static final Pattern COPYRIGHT = Pattern.compile(
			"(?:©|\\(c\\)|(?i:copyright|hak cipta))\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?(?:(?i:oleh)\\s+)?(?:PT\\.?\\s+)?("
					+ NAME + ")");

	/** "Warta Selasar © 2024": the name before the sign. */
	private static final Pattern NAME_BEFORE_COPYRIGHT = Pattern.compile("^(" + NAME + ")\\s+©");

	/** "Redaksi Lintas Dunia", "Laporan: Tim Redaksi Warta Bahari". */
	private static final Pattern DESK = Pattern
		.compile("^(?:(?i:laporan|oleh|sumber)\\s*:\\s*)?(?:(?i:tim)\\s+)?(?i:redaksi)\\s+(" + NAME + ")$");

	/** "Tentang Warta Nusa Raya" among the footer's links. */
	private static final Pattern ABOUT = Pattern.compile("(?:^|\\|\\s*)(?i:tentang)\\s+(" + NAME + ")\\s*(?:\\||$)");

	private static final Pattern TOP_NAME = Pattern.compile(NAME);

	private static final Pattern FOOT_SEPARATOR = Pattern.compile("\\s*(?:[|—–·©-]|\\(c\\))");

	private static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*)*");

	/** Words that end a company's name but not the outlet's: "PT Suara Timur Media". */
	private static final Set<String> COMPANY_WORDS = Set.of("media", "group", "grup", "network", "digital", "tbk",
			"inc", "corp", "ltd", "corporation", "publishing", "pers", "multimedia");

	/** Names a copyright or desk line gives that are not an outlet. */
	private static final Set<String> NOT_NAMES = Set.of("all", "hak", "kami", "redaksi", "all rights reserved",
			"allrightsreserved", "dilindungi", "copyright", "hak cipta", "wordpress", "tim", "pedoman", "kontak",
			"karier", "iklan");

	private static final Pattern TLD = Pattern.compile(
			"(?i)\\.(?:co\\.id|web\\.id|or\\.id|my\\.id|com|id|net|org|online|news|info|co|tv|xyz|site|media|asia)$");

	private PageNames() {
	}

	/**
	 * The outlet's name: the one read near the article in the form the page writes it, or
	 * the one the page gives elsewhere.
	 * @param lines the dump's lines
	 * @param near the name read from the masthead or the dateline, if any
	 */
	static @Nullable String outlet(List<DumpLine> lines, @Nullable String near) {
		if (near != null) {
			String known = Outlets.forName(near).orElse(null);
			if (known != null) {
				return known;
			}
			String written = writtenForm(lines, near);
			return (written != null) ? written : near;
		}
		List<String> texts = texts(lines);
		for (String text : texts) {
			String name = copyrightName(text, texts);
			if (name != null) {
				return name;
			}
		}
		for (String text : texts) {
			Matcher desk = DESK.matcher(text);
			if (desk.matches() && isName(desk.group(1))) {
				return trimmed(desk.group(1));
			}
		}
		for (String text : texts) {
			Matcher about = ABOUT.matcher(text);
			if (about.find() && isName(about.group(1))) {
				return trimmed(about.group(1));
			}
		}
		return repeatedTopName(texts);
	}

	/**
	 * The page's first line when it is a name that the page's foot repeats: a site's name
	 * atop it and in its footer ("Catatan Global", "Jurnal Selat — Kabar Terkini …").
	 */
	private static @Nullable String repeatedTopName(List<String> texts) {
		if (texts.size() < 4) {
			return null;
		}
		String first = texts.get(0);
		if (!TOP_NAME.matcher(first).matches() || !isName(first)) {
			return null;
		}
		for (int i = texts.size() / 2; i < texts.size(); i++) {
			String text = texts.get(i);
			if (text.equals(first)
					|| (text.startsWith(first) && FOOT_SEPARATOR.matcher(text.substring(first.length())).lookingAt())) {
				return first;
			}
		}
		return null;
	}

	/** A masthead near the top: a domain or an abbreviation alone on the first line. */
	static @Nullable String topMasthead(List<DumpLine> lines) {
		for (DumpLine line : lines) {
			if (!line.blank()) {
				return Mastheads.masthead(line.text()).orElse(null);
			}
		}
		return null;
	}

	private static @Nullable String copyrightName(String text, List<String> texts) {
		Matcher before = NAME_BEFORE_COPYRIGHT.matcher(text);
		if (before.find() && isName(before.group(1))) {
			return trimmed(before.group(1));
		}
		Matcher m = COPYRIGHT.matcher(text);
		if (!m.find() || !isName(m.group(1))) {
			return null;
		}
		String name = trimmed(m.group(1));
		// A masthead line that starts the company's name is the outlet's own: "Suara
		// Timur" for "PT Suara Timur Media".
		for (String line : texts) {
			if (line.length() >= 3 && line.length() < name.length()
					&& name.toLowerCase(Locale.ROOT).startsWith(line.toLowerCase(Locale.ROOT) + " ")) {
				return line;
			}
		}
		return name;
	}

	/**
	 * The name as the page writes it for a short form: the words an abbreviation stands
	 * for, or the spaced, mixed-case form of a name written in capitals or as a domain.
	 */
	private static @Nullable String writtenForm(List<DumpLine> lines, String shortForm) {
		String bare = TLD.matcher(shortForm).replaceAll("");
		String letters = bare.replaceAll("[^\\p{L}\\p{N}]", "");
		if (letters.length() < 2) {
			return null;
		}
		boolean acronym = bare.equals(bare.toUpperCase(Locale.ROOT)) && letters.length() <= 6;
		// (A domain the page writes in mixed case, "Membumi.com", is its own form.)
		boolean shouting = bare.equals(bare.toUpperCase(Locale.ROOT));
		if (!acronym && !shouting) {
			return null;
		}
		String key = letters.toLowerCase(Locale.ROOT);
		for (String text : texts(lines)) {
			Matcher run = CAPITALISED_RUN.matcher(text);
			while (run.find()) {
				String[] words = run.group().split("\\s+");
				String found = acronym ? expansion(words, key) : null;
				found = (found != null) ? found : spelling(words, key);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Consecutive words whose initials spell the key: "Warta Nusa Raya" for wnr. */
	private static @Nullable String expansion(String[] words, String key) {
		for (int start = 0; start + key.length() <= words.length; start++) {
			boolean match = true;
			for (int i = 0; i < key.length() && match; i++) {
				String word = words[start + i];
				match = word.length() > 1 && Character.toLowerCase(word.charAt(0)) == key.charAt(i)
						&& !word.equals(word.toUpperCase(Locale.ROOT));
			}
			if (match) {
				return String.join(" ", Arrays.copyOfRange(words, start, start + key.length()));
			}
		}
		return null;
	}

	/**
	 * Consecutive words, not all in capitals, whose letters spell the key: "Warta
	 * Samudra" or "KabarNusa" for wartasamudra, kabarnusa.
	 */
	private static @Nullable String spelling(String[] words, String key) {
		for (int start = 0; start < words.length; start++) {
			StringBuilder joined = new StringBuilder();
			for (int end = start; end < words.length && joined.length() < key.length(); end++) {
				joined.append(words[end].toLowerCase(Locale.ROOT));
				String written = String.join(" ", Arrays.copyOfRange(words, start, end + 1));
				if (joined.toString().equals(key) && !written.equals(written.toUpperCase(Locale.ROOT))) {
					return written;
				}
			}
		}
		return null;
	}

	private static boolean isName(String name) {
		String key = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} ]", "").strip();
		return !key.isEmpty() && !NOT_NAMES.contains(key) && !NOT_NAMES.contains(key.split(" ")[0]);
	}

	/** The name without the company words that close it, and without a final stop. */
	private static String trimmed(String name) {
		List<String> words = new ArrayList<>(List.of(name.replaceAll("[.,]+$", "").split("\\s+")));
		while (words.size() > 1 && COMPANY_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
			words.remove(words.size() - 1);
		}
		return String.join(" ", words);
	}

	private static List<String> texts(List<DumpLine> lines) {
		List<String> texts = new ArrayList<>();
		for (DumpLine line : lines) {
			if (!line.blank()) {
				texts.add(line.text());
			}
		}
		return texts;
	}

}
