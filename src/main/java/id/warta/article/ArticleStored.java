package id.warta.article;

/**
 * Published in the storing transaction once a new article has its id: listeners that keep
 * their own facts about an article (the source module's near-duplicate signature) store
 * them in the same transaction, so that both land or neither.
 *
 * @param id the new article's id
 * @param source the source it was imported from, as the importer was given it
 */
public record ArticleStored(long id, String source) {
}
