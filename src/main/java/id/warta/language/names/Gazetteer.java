package id.warta.language.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The countries, organisations, institutions, people and places that Indonesian
 * geopolitics news is about, read from the data file {@value #RESOURCE} (written for
 * Warta): their names, aliases, metonyms and offices. One source of truth: the search
 * aliases come from it ({@link #aliasGroups()}), and so do the entities found in articles
 * ({@link #mentions(String)}).
 */
public final class Gazetteer {

	static final String RESOURCE = "/id/warta/language/gazetteer-id.tsv";

	private static final Gazetteer STANDARD = read(RESOURCE);

	private final Map<String, Entity> bySlug;

	private final EntityMatcher matcher;

	private Gazetteer(Map<String, Entity> bySlug) {
		this.bySlug = bySlug;
		this.matcher = new EntityMatcher(bySlug.values());
	}

	/**
	 * The gazetteer of the shipped data file.
	 */
	public static Gazetteer standard() {
		return STANDARD;
	}

	/**
	 * A gazetteer of the given entities, for tests.
	 */
	public static Gazetteer of(Collection<Entity> entities) {
		Map<String, Entity> bySlug = new LinkedHashMap<>();
		entities.forEach((entity) -> bySlug.put(entity.slug(), entity));
		return new Gazetteer(Collections.unmodifiableMap(bySlug));
	}

	public Optional<Entity> bySlug(String slug) {
		return Optional.ofNullable(this.bySlug.get(slug));
	}

	public Collection<Entity> entities() {
		return this.bySlug.values();
	}

	/**
	 * The entities a text mentions, the most mentioned first.
	 */
	public Mentions mentions(String text) {
		return this.matcher.find(text);
	}

	/**
	 * The names that stand for each other in searches: one group per entity with more
	 * than one name (its name and aliases, never its metonyms), in file order.
	 */
	public List<List<String>> aliasGroups() {
		List<List<String>> groups = new ArrayList<>();
		for (Entity entity : this.bySlug.values()) {
			if (!entity.aliases().isEmpty()) {
				groups.add(entity.names());
			}
		}
		return groups;
	}

	static Gazetteer read(String resource) {
		try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing gazetteer " + resource);
			}
			return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads the gazetteer format: seven TAB-separated columns (kind, slug, name, aliases,
	 * metonyms, country, offices), lists comma-separated, offices semicolon-separated.
	 * @throws IllegalArgumentException naming the line that is not in the format, or a
	 * name that two entries claim
	 */
	static Gazetteer parse(BufferedReader reader) throws IOException {
		Map<String, Entity> bySlug = new LinkedHashMap<>();
		Map<String, String> owners = new HashMap<>();
		String line;
		int number = 0;
		while ((line = reader.readLine()) != null) {
			number++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] columns = line.split("\t", -1);
			if (columns.length != 7) {
				throw new IllegalArgumentException(
						"Gazetteer, line " + number + ": " + columns.length + " columns instead of 7");
			}
			EntityKind kind;
			try {
				kind = EntityKind.parse(columns[0]);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("Gazetteer, line " + number + ": unknown kind '" + columns[0] + "'");
			}
			String slug = columns[1].strip();
			String name = columns[2].strip();
			if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || name.isEmpty()) {
				throw new IllegalArgumentException("Gazetteer, line " + number + ": bad slug or empty name");
			}
			String country = columns[5].strip();
			Entity entity = new Entity(kind, slug, name, list(columns[3], ","), list(columns[4], ","),
					country.isEmpty() ? null : country, list(columns[6], ";"));
			if (bySlug.put(slug, entity) != null) {
				throw new IllegalArgumentException("Gazetteer, line " + number + ": slug " + slug + " given twice");
			}
			List<String> all = new ArrayList<>(entity.names());
			all.addAll(entity.metonyms());
			for (String each : all) {
				String key = EntityMatcher.key(each);
				String owner = owners.putIfAbsent(key, slug);
				if (owner != null && !owner.equals(slug)) {
					throw new IllegalArgumentException(
							"Gazetteer, line " + number + ": '" + each + "' is a name of " + owner + " too");
				}
			}
		}
		for (Entity entity : bySlug.values()) {
			if (entity.country() != null && !bySlug.containsKey(entity.country())) {
				throw new IllegalArgumentException(
						"Gazetteer: " + entity.slug() + " belongs to unknown country " + entity.country());
			}
		}
		return new Gazetteer(Collections.unmodifiableMap(bySlug));
	}

	private static List<String> list(String column, String separator) {
		List<String> items = new ArrayList<>();
		for (String item : column.split(separator)) {
			if (!item.isBlank()) {
				items.add(item.strip());
			}
		}
		return items;
	}

}
