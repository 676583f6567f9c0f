package id.warta.search;

import java.util.List;

import id.warta.article.ArticleSummary;

/**
 * One hit: the article's summary, and its title and a body fragment with the matched
 * words marked.
 *
 * @param article the article
 * @param title the title in segments
 * @param snippet the best matching fragment of the body, or the lead
 */
public record SearchHit(ArticleSummary article, List<TextSegment> title, List<TextSegment> snippet) {
}
