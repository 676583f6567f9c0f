package id.warta.search;

/**
 * A value of a facet (an entity, an agency) with its number of hits.
 *
 * @param slug its URL key
 * @param name its name as shown
 * @param count the hits that have it
 */
public record TagCount(String slug, String name, long count) {
}
