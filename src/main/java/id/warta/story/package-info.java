/**
 * Stories: the write-ups of one event by every outlet that covered it. Each article is
 * placed in a story as it is stored, by the signals of
 * {@link id.warta.story.StoryMatcher} over candidates found through the search index; the
 * {@code stories} command runs the same grouping on files alone.
 */
@NullMarked
@ApplicationModule(
		allowedDependencies = { "article", "search", "language", "language :: names", "language :: dates", "system" })
package id.warta.story;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
