package id.warta.article;

import java.util.Collection;
import java.util.Map;

/**
 * The badges of stories for lists ("Liputan lengkap: 3 media"). Implemented by the story
 * module, so that lists of articles can show their stories without depending on it.
 */
public interface StoryBadges {

	/**
	 * The badges of the given stories, by id; ids that are no story are left out.
	 */
	Map<Long, StoryBadge> of(Collection<Long> storyIds);

}
