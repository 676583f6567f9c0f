package id.warta.article;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * When and where one article of a story came out, for its timeline and chart.
 *
 * @param articleId the article
 * @param publishedAt when, if known
 * @param outletSlug the outlet's URL key, if known
 * @param outletName the outlet's name, if known
 */
public record StoryMoment(long articleId, @Nullable OffsetDateTime publishedAt, @Nullable String outletSlug,
		@Nullable String outletName) {
}
