package id.warta.article;

/**
 * Published, in the storing transaction, just before a new article is saved and so before
 * the index sees it: listeners that learn from the text (the search module's lexicon) see
 * it first.
 *
 * @param text the article's title and body
 */
public record ArticleStoring(String text) {
}
