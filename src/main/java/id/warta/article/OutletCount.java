package id.warta.article;

import org.jspecify.annotations.Nullable;

/**
 * An outlet and how many articles it has, for the outlet filter.
 *
 * @param name the outlet's name, or {@code null} for articles whose outlet is unknown
 * @param slug the outlet's URL key ({@link OutletSlugs#UNKNOWN} for unknown)
 * @param count number of articles
 */
public record OutletCount(@Nullable String name, String slug, long count) {

	public boolean unknown() {
		return this.name == null;
	}

}
