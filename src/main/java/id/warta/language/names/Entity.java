package id.warta.language.names;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the gazetteer: a country, organisation, institution, person or place.
 *
 * @param kind what it is
 * @param slug its URL key ({@code /topik/rusia})
 * @param name the name Indonesian media use
 * @param aliases names that mean the same and that a search for one finds the others of
 * ("AS", "US", "Amerika" for Amerika Serikat)
 * @param metonyms names that stand for it in news text without being its name ("Kremlin"
 * and "Moskow" for Rusia)
 * @param country the slug of the country a person, place or institution belongs to
 * @param offices a person's offices with their years, in Indonesian
 */
public record Entity(EntityKind kind, String slug, String name, List<String> aliases, List<String> metonyms,
		@Nullable String country, List<String> offices) {

	public Entity {
		aliases = List.copyOf(aliases);
		metonyms = List.copyOf(metonyms);
		offices = List.copyOf(offices);
	}

	/** The name and its aliases: what the entity is called. */
	public List<String> names() {
		List<String> names = new ArrayList<>(this.aliases.size() + 1);
		names.add(this.name);
		names.addAll(this.aliases);
		return names;
	}

}
