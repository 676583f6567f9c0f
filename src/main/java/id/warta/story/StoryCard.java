package id.warta.story;

import id.warta.article.ArticleSummary;
import id.warta.article.StoryBadge;

/**
 * A story in a list: its most representative article, and its badge.
 *
 * @param lead the article whose headline is the story's
 * @param badge how many articles and outlets the story has
 */
public record StoryCard(ArticleSummary lead, StoryBadge badge) {

	/** Where the card's headline leads: the story, or the article when it is alone. */
	public String href() {
		return this.badge.covered() ? this.badge.href() : "/articles/" + this.lead.id();
	}

}
