package id.warta.article;

import java.util.List;
import java.util.Optional;

/**
 * An article's story as its page shows it: the link to the full coverage and related
 * stories. Implemented by the story module, so that the article page can show them
 * without depending on it.
 */
public interface StoryContext {

	/**
	 * The article's story and the stories related to it.
	 * @param article the article, with its story and entities
	 */
	Optional<ArticleStory> of(ArticleView article);

	/**
	 * What the article page shows of its story.
	 *
	 * @param story the article's story
	 * @param related other stories about the same people, places and countries
	 */
	record ArticleStory(StoryBadge story, List<StoryBadge> related) {
	}

}
