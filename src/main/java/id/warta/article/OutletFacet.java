package id.warta.article;

import java.util.List;

import id.warta.system.ListContext;
import org.jspecify.annotations.Nullable;

/**
 * The outlet filter beside a list: every outlet with its count as a link that adds it to
 * the filter or takes it out (several outlets show articles of any of them), the active
 * ones marked, and a link that clears the filter.
 *
 * @param options the outlets, the unknown outlet last
 * @param clearHref the list without the outlet filter, when one is active
 */
public record OutletFacet(List<Option> options, @Nullable String clearHref) {

	/**
	 * The facet for a list in this context.
	 * @param counts the outlets and how many of the list's articles each has
	 * @param context the list, whose outlet filter holds the active ones
	 */
	public static OutletFacet of(List<OutletCount> counts, ListContext context) {
		List<Option> options = counts.stream()
			.map((count) -> new Option(count.name(), count.slug(), count.count(),
					context.toggleOutlet(count.slug()).listHref(), context.outlets().contains(count.slug())))
			.toList();
		return new OutletFacet(options, context.outlets().isEmpty() ? null : context.withOutlets(List.of()).listHref());
	}

	/**
	 * One outlet in the filter.
	 *
	 * @param name the outlet's name, or {@code null} for the unknown outlet
	 * @param slug the outlet's URL key
	 * @param count articles in the list from this outlet
	 * @param href the list with this outlet added to the filter, or taken out when active
	 * @param active whether the list's filter holds this outlet
	 */
	public record Option(@Nullable String name, String slug, long count, String href, boolean active) {

		public boolean unknown() {
			return this.name == null;
		}

	}

}
