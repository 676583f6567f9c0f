package id.warta.search;

import java.util.List;
import java.util.function.Predicate;

import id.warta.system.ListContext;
import org.jspecify.annotations.Nullable;

/**
 * An entity or agency filter beside a list: each value with its count as a link that adds
 * it to the filter or takes it out, the active ones marked, and a link that clears them.
 *
 * @param kind {@code entity} or {@code agency}, for the headings and the parameter
 * @param options the values, most hits first
 * @param clearHref the list without entity and agency filters, when one is active
 */
public record TagFacet(String kind, List<Option> options, @Nullable String clearHref) {

	/** The entity facet for a list in this context. */
	public static TagFacet entities(List<TagCount> counts, ListContext context) {
		return of("entity", counts, context.entities()::contains, context::toggleEntity, context);
	}

	/** The agency facet for a list in this context. */
	public static TagFacet agencies(List<TagCount> counts, ListContext context) {
		return of("agency", counts, context.agencies()::contains, context::toggleAgency, context);
	}

	private static TagFacet of(String kind, List<TagCount> counts, Predicate<String> active,
			java.util.function.Function<String, ListContext> toggle, ListContext context) {
		List<Option> options = counts.stream()
			.map((count) -> new Option(count.name(), count.slug(), count.count(), toggle.apply(count.slug()).listHref(),
					active.test(count.slug()), "/topik/" + count.slug()))
			.toList();
		boolean filtered = !context.entities().isEmpty() || !context.agencies().isEmpty();
		return new TagFacet(kind, options, filtered ? context.withoutTags().listHref() : null);
	}

	/**
	 * One value of the facet.
	 *
	 * @param name its name
	 * @param slug its URL key
	 * @param count hits that have it
	 * @param href the list with it added to the filter, or taken out when active
	 * @param active whether the filter holds it
	 * @param pageHref its own page (for entities)
	 */
	public record Option(String name, String slug, long count, String href, boolean active, String pageHref) {
	}

}
