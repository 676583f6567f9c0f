package id.warta.language.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The entities a text names, in order, with how often each is named.
 */
public final class Mentions {

	private final List<Mention> all;

	Mentions(List<Mention> all) {
		this.all = List.copyOf(all);
	}

	/** Every mention, in text order. */
	public List<Mention> all() {
		return this.all;
	}

	/**
	 * Each entity named once, the most often named first and, among equals, the first
	 * named first.
	 */
	public List<Entity> entities() {
		Map<String, int[]> counts = new LinkedHashMap<>();
		Map<String, Entity> bySlug = new LinkedHashMap<>();
		for (Mention mention : this.all) {
			counts.computeIfAbsent(mention.entity().slug(), (slug) -> new int[1])[0]++;
			bySlug.putIfAbsent(mention.entity().slug(), mention.entity());
		}
		List<String> order = new ArrayList<>(bySlug.keySet());
		List<String> sorted = new ArrayList<>(order);
		sorted.sort(Comparator.comparingInt((String slug) -> -counts.get(slug)[0]).thenComparingInt(order::indexOf));
		return sorted.stream().map(bySlug::get).toList();
	}

	/** How often the text names the entity. */
	public int count(String slug) {
		return (int) this.all.stream().filter((mention) -> mention.entity().slug().equals(slug)).count();
	}

	/** The slugs of the entities named, in order of first mention. */
	public Set<String> slugs() {
		Set<String> slugs = new LinkedHashSet<>();
		this.all.forEach((mention) -> slugs.add(mention.entity().slug()));
		return slugs;
	}

	/**
	 * The last person named between two positions of the text, as a speaker is named in
	 * "kata Menteri Luar Negeri Rusia Sergey Lavrov".
	 */
	public Optional<Mention> lastPersonWithin(int start, int end) {
		Mention found = null;
		for (Mention mention : this.all) {
			if (mention.start() >= start && mention.end() <= end && mention.entity().kind() == EntityKind.PERSON) {
				found = mention;
			}
		}
		return Optional.ofNullable(found);
	}

	/** The mentions between two positions of the text. */
	public List<Mention> within(int start, int end) {
		return this.all.stream().filter((mention) -> mention.start() >= start && mention.end() <= end).toList();
	}

}
