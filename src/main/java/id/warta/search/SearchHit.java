package id.warta.search;

import java.util.List;

import id.warta.article.ArticleSummary;
import id.warta.article.StoryBadge;
import org.jspecify.annotations.Nullable;

/**
 * One hit: the article's summary, its title and a body fragment with the matched words
 * marked, and its story when other articles belong to it.
 *
 * @param article the article
 * @param title the title in segments
 * @param snippet the best matching fragment of the body, or the lead
 * @param story the article's story, when it has other articles
 */
public record SearchHit(ArticleSummary article, List<TextSegment> title, List<TextSegment> snippet,
		@Nullable StoryBadge story) {

	public SearchHit(ArticleSummary article, List<TextSegment> title, List<TextSegment> snippet) {
		this(article, title, snippet, null);
	}

}
