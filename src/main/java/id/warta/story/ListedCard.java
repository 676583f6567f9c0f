package id.warta.story;

import java.util.List;

import id.warta.article.ArticleSummary;
import id.warta.article.StoryBadge;
import id.warta.search.SearchHit;
import id.warta.search.TextSegment;
import id.warta.system.ListContext;
import org.jspecify.annotations.Nullable;

/**
 * An article in a list, standing for its story: its summary, its story's badge when other
 * articles belong to it, and where its headline leads.
 *
 * @param article the article
 * @param story its story's badge, when the story has other articles
 * @param href the story's page, or the article's when it is alone
 * @param title the headline in segments
 * @param snippet the lead in segments
 */
public record ListedCard(ArticleSummary article, @Nullable StoryBadge story, String href, List<TextSegment> title,
		List<TextSegment> snippet) {

	static ListedCard of(StoryCard card) {
		StoryBadge badge = card.badge().covered() ? card.badge() : null;
		return new ListedCard(card.lead(), badge, card.href(), TextSegment.plain(card.badge().title()),
				TextSegment.plain(card.lead().lead()));
	}

	/**
	 * A hit of a filtered list: an article alone in its story links to itself with the
	 * list's context, for its back link.
	 */
	static ListedCard of(SearchHit hit, ListContext context) {
		StoryBadge badge = hit.story();
		return new ListedCard(hit.article(), badge,
				(badge != null) ? badge.href() : context.articleHref(hit.article().id()), hit.title(), hit.snippet());
	}

}
