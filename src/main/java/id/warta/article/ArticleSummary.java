package id.warta.article;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * What a list shows of an article: no body.
 *
 * @param id the article's id
 * @param title the headline
 * @param outletName the publisher, or {@code null} when unknown
 * @param outletSlug the publisher's URL key, or {@code null} when unknown
 * @param publishedAt when it was published, if known
 * @param publishedTimeKnown whether {@code publishedAt} has a real time of day
 * @param lead the opening of the body, shortened
 * @param wordCount words in the body
 * @param storyId the story it belongs to, if placed
 */
public record ArticleSummary(long id, String title, @Nullable String outletName, @Nullable String outletSlug,
		@Nullable OffsetDateTime publishedAt, boolean publishedTimeKnown, String lead, int wordCount,
		@Nullable Long storyId) {

	/**
	 * Minutes a reader needs at about 200 words a minute, at least one.
	 */
	public int readingMinutes() {
		return ReadingTime.minutes(this.wordCount);
	}

}
