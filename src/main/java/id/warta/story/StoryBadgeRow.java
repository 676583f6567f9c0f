package id.warta.story;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A story's facts as lists need them, read in one query.
 *
 * @param id the story
 * @param title its headline
 * @param leadArticleId the article whose headline it is
 * @param articles how many articles it has
 * @param outlets how many outlets
 * @param firstDay the first event day
 * @param lastDay the last event day
 * @param firstPublishedAt the first publication
 * @param lastPublishedAt the last publication
 */
record StoryBadgeRow(long id, String title, @Nullable Long leadArticleId, int articles, int outlets,
		@Nullable LocalDate firstDay, @Nullable LocalDate lastDay, @Nullable OffsetDateTime firstPublishedAt,
		@Nullable OffsetDateTime lastPublishedAt) {

	StoryBadgeRow(long id, String title, @Nullable Long leadArticleId, int articles, long outlets,
			@Nullable LocalDate firstDay, @Nullable LocalDate lastDay, @Nullable OffsetDateTime firstPublishedAt,
			@Nullable OffsetDateTime lastPublishedAt) {
		this(id, title, leadArticleId, articles, (int) outlets, firstDay, lastDay, firstPublishedAt, lastPublishedAt);
	}

}
