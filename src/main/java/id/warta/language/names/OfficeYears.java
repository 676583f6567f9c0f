package id.warta.language.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The years an article can be from, told by the offices it gives people: "Presiden AS
 * Donald Trump" is written while Trump is president (2017–2021 or from 2025), "Menlu
 * Retno Marsudi" between 2014 and 2024. Titles that look back ("mantan Presiden",
 * "Presiden AS saat itu") or ahead ("Presiden terpilih") tell nothing. The offices and
 * their years are the gazetteer's.
 */
public final class OfficeYears {

	/** Words of titles written short, and what they stand for. */
	private static final Map<String, String> SHORT_TITLES = Map.ofEntries(Map.entry("menlu", "menteri luar negeri"),
			Map.entry("pm", "perdana menteri"), Map.entry("menhan", "menteri pertahanan"),
			Map.entry("menkeu", "menteri keuangan"), Map.entry("wapres", "wakil presiden"),
			Map.entry("sekjen", "sekretaris jenderal"), Map.entry("jubir", "juru bicara"),
			Map.entry("mendag", "menteri perdagangan"), Map.entry("menko", "menteri koordinator"),
			Map.entry("ketum", "ketua umum"));

	private static final Pattern OFFICE = Pattern.compile("^(.*?)\\s*\\(([^)]*)\\)\\s*$");

	/** Words just before a title that make it no present one. */
	private static final Set<String> NOT_NOW_BEFORE = Set.of("mantan", "eks", "bekas", "former", "calon", "almarhum",
			"mendiang", "capres", "cawapres", "mending");

	/** Words just after a title or name that make it no present one. */
	private static final Pattern NOT_NOW_AFTER = Pattern.compile(
			"^[\\s,]*(?:terpilih|saat itu|kala itu|ketika itu|waktu itu|pada masa itu|sebelumnya|periode sebelumnya|"
					+ "at the time|then|elect)\\b",
			Pattern.CASE_INSENSITIVE);

	private final Gazetteer gazetteer;

	/** Offices by person: each title's words, whom it is of, and its years. */
	private final Map<String, List<Office>> offices = new HashMap<>();

	public OfficeYears(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
		for (Entity person : gazetteer.entities()) {
			if (person.kind() != EntityKind.PERSON) {
				continue;
			}
			for (String office : person.offices()) {
				parse(office)
					.ifPresent((parsed) -> this.offices.computeIfAbsent(person.slug(), (slug) -> new ArrayList<>())
						.add(parsed));
			}
		}
	}

	/**
	 * The years the text can be from, or empty when its titles tell nothing (or
	 * contradict each other).
	 */
	public Optional<Years> of(String text, Mentions mentions) {
		Years years = null;
		List<Mention> all = mentions.all();
		for (int i = 0; i < all.size(); i++) {
			Mention mention = all.get(i);
			List<Office> held = this.offices.get(mention.entity().slug());
			if (held == null
					|| looksBackOrAhead(text.substring(mention.end(), Math.min(text.length(), mention.end() + 30)))) {
				continue;
			}
			// "Presiden AS Donald Trump": the entity the title is of stands right before.
			Mention before = (i > 0 && text.substring(all.get(i - 1).end(), mention.start()).isBlank()) ? all.get(i - 1)
					: null;
			int titleEnd = (before != null) ? before.start() : mention.start();
			String of = (before != null) ? before.entity().slug() : mention.entity().country();
			List<String> words = wordsBefore(text, titleEnd, 6);
			Years titled = null;
			for (Office office : held) {
				if ((of == null || office.of() == null || office.of().equals(of)) && endsWith(words, office.title())
						&& !negated(words, office.title().size())) {
					titled = (titled == null) ? office.years() : titled.union(office.years());
				}
			}
			if (titled != null) {
				Years narrowed = (years == null) ? titled : years.intersect(titled);
				if (narrowed.isEmpty()) {
					return Optional.empty();
				}
				years = narrowed;
			}
		}
		return Optional.ofNullable(years);
	}

	private static boolean looksBackOrAhead(String after) {
		return NOT_NOW_AFTER.matcher(after).find();
	}

	private static boolean negated(List<String> words, int titleLength) {
		int before = words.size() - titleLength - 1;
		if (before < 0) {
			return false;
		}
		// "… pemimpin AS saat itu. Presiden Donald Trump": a title of the time told of.
		return NOT_NOW_BEFORE.contains(words.get(before)) || (words.get(before).equals("itu") && before > 0
				&& Set.of("saat", "kala", "ketika", "waktu").contains(words.get(before - 1)));
	}

	private static boolean endsWith(List<String> words, List<String> title) {
		if (title.isEmpty() || words.size() < title.size()) {
			return false;
		}
		int offset = words.size() - title.size();
		for (int i = 0; i < title.size(); i++) {
			if (!words.get(offset + i).equals(title.get(i))) {
				return false;
			}
		}
		return true;
	}

	/** The last words before a position, lower case, short titles written out. */
	private static List<String> wordsBefore(String text, int end, int count) {
		int start = Math.max(0, end - 80);
		String[] raw = text.substring(start, end).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
		List<String> words = new ArrayList<>();
		for (String word : raw) {
			if (!word.isEmpty()) {
				String full = SHORT_TITLES.get(word);
				words.addAll(List.of((full != null) ? full.split(" ") : new String[] { word }));
			}
		}
		return (words.size() > count + 3) ? words.subList(words.size() - count - 3, words.size()) : words;
	}

	/**
	 * "Presiden Amerika Serikat (2017–2021, 2025–)": the title, whom it is of, the years.
	 */
	private Optional<Office> parse(String office) {
		Matcher matcher = OFFICE.matcher(office);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		Years years;
		try {
			years = Years.parse(matcher.group(2));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
		String name = matcher.group(1);
		List<Mention> named = this.gazetteer.mentions(name).all();
		// The title's last entity is whom it is of: "Menteri Luar Negeri Rusia".
		Mention of = named.isEmpty() ? null : named.get(named.size() - 1);
		String title = (of != null && name.substring(of.end()).isBlank()) ? name.substring(0, of.start()) : name;
		List<String> words = new ArrayList<>();
		for (String word : title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return Optional.of(new Office(words, (of != null && title != name) ? of.entity().slug() : null, years));
	}

	private record Office(List<String> title, @Nullable String of, Years years) {
	}

}
