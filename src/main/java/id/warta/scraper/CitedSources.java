package id.warta.scraper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.warta.language.names.Agencies;

/**
 * Finds the agencies and outlets an article credits: stand-alone credit lines ("Source :
 * The Associated Press", "sumber : cnbcindonesia.com") and attributions in the text
 * ("dilansir AFP", "Melansir Kyodonews", "seperti dikutip kantor berita Rusia, TASS").
 * Collects names in order, without duplicates.
 */
final class CitedSources {

	/**
	 * Agencies named without a citing verb ("menurut Interfax", "Tass melaporkan"): the
	 * names of the language module's agency file, as written there.
	 */
	private static final Map<String, String> KNOWN_AGENCIES = known(Agencies.standard().names());

	private static final Pattern CREDIT_LINE = Pattern
		.compile("^(?:sumber|source|src|sumber berita|news source)\\s*:\\s*(.{2,100})$", Pattern.CASE_INSENSITIVE);

	private static final String NAME = "((?:[a-z0-9-]+\\.(?:com|co\\.id|id|net|org|co|news)\\b|[A-Z][\\w&'.-]*)(?:\\s+(?:[A-Z][\\w&'.-]*|of|de|al)){0,4})(\\s*\\(([A-Z]{2,8})\\))?";

	private static final String OUTLET_NOUN = "(?:(?:kantor berita|media|laman|situs|surat kabar|harian|stasiun televisi|televisi|news agency|agency|the news agency)\\b[^,.;\"“”]{0,50},\\s*)?";

	private static final Pattern CITING = Pattern.compile("(?i:\\b(?:dilansir|melansir|dikutip|mengutip|dari laman|"
			+ "as reported by|reported by|cited by|quoted by)(?:\\s+(?:dari|from|oleh))?)\\s+" + OUTLET_NOUN + NAME);

	private static final Pattern AGENCY_SAID = Pattern
		.compile("(?i:\\b(?:menurut|according to|kepada|told|via|laporan))\\s+" + OUTLET_NOUN + NAME);

	private static final Pattern AGENCY_REPORTED = Pattern
		.compile(NAME + ",?\\s+(?i:melaporkan|reported|reports|melaporkannya)\\b");

	/** "menurut kantor berita KCNA, Kamis": the agency named right after the noun. */
	private static final Pattern NOUN_THEN_AGENCY = Pattern
		.compile("(?i:\\b(?:dilansir|melansir|dikutip|mengutip|menurut|"
				+ "according to|laporan|reported by)\\s+(?:dari\\s+)?(?:kantor berita|media|the news agency|news agency|harian|surat kabar))\\s+"
				+ NAME);

	private static final List<String> CITING_WORDS = List.of("dilansir", "melansir", "dikutip", "mengutip",
			"dari laman", "reported by", "cited by", "quoted by");

	private static final List<String> SAID_WORDS = List.of("menurut", "according to", "kepada", "told", "via",
			"laporan");

	private static final List<String> REPORTED_WORDS = List.of("melaporkan", "reported", "reports");

	private final Map<String, String> names = new LinkedHashMap<>();

	/**
	 * Reads a stand-alone credit line.
	 * @return whether the line was a credit line (and so is not body text)
	 */
	boolean acceptCreditLine(String line) {
		Optional<String> agency = (line.length() < 40) ? knownAgency(line) : Optional.empty();
		if (agency.isPresent()) {
			// "Associated Press" alone under the text credits the agency.
			add(agency.get());
			return true;
		}
		if (line.length() < 80 && line.contains("|")) {
			// "REUTERS | KCNA": agencies alone on a line.
			List<String> parts = List.of(line.strip().split("\\s*\\|\\s*"));
			if (parts.stream().allMatch((p) -> knownAgency(p).isPresent())) {
				parts.forEach(this::add);
				return true;
			}
		}
		Matcher m = CREDIT_LINE.matcher(line.strip());
		if (!m.matches()) {
			return false;
		}
		for (String part : m.group(1).split("\\s*(?:,|/|;|\\s+dan\\s+|\\s+and\\s+|\\s+\\|\\s+)\\s*")) {
			add(part);
		}
		return true;
	}

	/** Collects attributions from a paragraph of body text. */
	void scan(String paragraph) {
		if (paragraph.length() > 5000) {
			return;
		}
		// The patterns are costly on long text; most paragraphs hold none of their verbs.
		String lower = paragraph.toLowerCase(Locale.ROOT);
		boolean citing = containsAny(lower, CITING_WORDS);
		if (citing) {
			Matcher m = CITING.matcher(paragraph);
			while (m.find()) {
				add((m.group(3) != null) ? m.group(3) : m.group(1));
			}
		}
		boolean said = containsAny(lower, SAID_WORDS);
		if (citing || said) {
			Matcher m = NOUN_THEN_AGENCY.matcher(paragraph);
			while (m.find()) {
				addIfKnown((m.group(3) != null) ? m.group(3) : m.group(1));
			}
		}
		if (said) {
			Matcher m = AGENCY_SAID.matcher(paragraph);
			while (m.find()) {
				addIfKnown((m.group(3) != null) ? m.group(3) : m.group(1));
			}
		}
		if (containsAny(lower, REPORTED_WORDS)) {
			Matcher m = AGENCY_REPORTED.matcher(paragraph);
			while (m.find()) {
				addIfKnown((m.group(3) != null) ? m.group(3) : m.group(1));
			}
		}
	}

	private static boolean containsAny(String text, List<String> words) {
		for (String word : words) {
			if (text.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/** Adds a name taken from a dateline or metadata. */
	void add(String rawName) {
		String name = clean(rawName);
		if (name.length() < 2 || name.length() > 60 || !Character.isLetterOrDigit(name.charAt(0))) {
			return;
		}
		String key = name.toLowerCase(Locale.ROOT);
		names.putIfAbsent(key, KNOWN_AGENCIES.getOrDefault(key, name));
	}

	private void addIfKnown(String rawName) {
		String name = clean(rawName);
		String known = KNOWN_AGENCIES.get(name.toLowerCase(Locale.ROOT));
		if (known == null) {
			// "According to The New York Times report": the known name may be a prefix.
			known = KNOWN_AGENCIES.entrySet()
				.stream()
				.filter((e) -> name.toLowerCase(Locale.ROOT).startsWith(e.getKey() + " "))
				.map(Map.Entry::getValue)
				.max((a, b) -> a.length() - b.length())
				.orElse(null);
		}
		if (known != null) {
			add(known);
		}
	}

	static Optional<String> knownAgency(String name) {
		return Optional.ofNullable(KNOWN_AGENCIES.get(clean(name).toLowerCase(Locale.ROOT)));
	}

	List<String> names() {
		return new ArrayList<>(names.values());
	}

	private static String clean(String raw) {
		String name = raw.strip().replaceAll("^[\"'“‘(]+|[\"'”’),:;]+$", "").strip();
		// Drop a sentence's final full stop but keep dots inside domains and initials.
		while (name.endsWith(".") && !name.matches(".*\\b[A-Z]\\.$")) {
			name = name.substring(0, name.length() - 1);
		}
		return name.strip();
	}

	/**
	 * The names by lower case, each as the agency file spells it; of spellings that
	 * differ only in case ("Antara", "ANTARA"), the one in capitals, as agencies write
	 * their own names in credits.
	 */
	private static Map<String, String> known(List<String> names) {
		Map<String, String> map = new LinkedHashMap<>();
		for (String name : names) {
			map.merge(name.toLowerCase(Locale.ROOT), name,
					(first, second) -> (capitals(second) > capitals(first)) ? second : first);
		}
		return Map.copyOf(map);
	}

	private static long capitals(String name) {
		return name.chars().filter(Character::isUpperCase).count();
	}

}
