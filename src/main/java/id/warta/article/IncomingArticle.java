package id.warta.article;

import id.warta.scraper.ExtractedArticle;

/**
 * An article extracted elsewhere, waiting to be stored in a batch.
 *
 * @param source the URL or name it came from, kept as the article's source
 * @param article what was extracted
 */
public record IncomingArticle(String source, ExtractedArticle article) {
}
