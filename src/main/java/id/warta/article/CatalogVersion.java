package id.warta.article;

/**
 * Changes whenever articles are added or removed: what cached figures about all articles
 * are checked against.
 *
 * @param count the number of articles
 * @param newestId the highest article id
 */
record CatalogVersion(long count, long newestId) {
}
