package id.warta.story;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import id.warta.article.StoryMoment;
import id.warta.article.StoryVersion;
import id.warta.search.TagCount;
import id.warta.system.CoverageChart;
import id.warta.system.ResultPage;
import org.jspecify.annotations.Nullable;

/**
 * A story's page ("Liputan lengkap"): every version side by side, a publication timeline,
 * the coverage over time, and what only each version reports.
 *
 * @param id the story
 * @param title its most representative headline
 * @param articles its articles
 * @param outlets the outlets they come from
 * @param firstDay the first event day, if known
 * @param lastDay the last event day, if known
 * @param versions this page of its versions, first published first
 * @param timeline when each version came out, first first
 * @param chart its articles per week and outlet
 * @param agencies the agencies its versions credit, most first
 * @param entities the entities its versions name, most first
 */
public record StoryPage(long id, String title, int articles, int outlets, @Nullable LocalDate firstDay,
		@Nullable LocalDate lastDay, ResultPage<Version> versions, List<Moment> timeline, @Nullable CoverageChart chart,
		List<TagCount> agencies, List<TagCount> entities) {

	/**
	 * One version.
	 *
	 * @param version the article with its agencies, quotes and body
	 * @param own its sentences that no other version has
	 * @param ownQuotes its quotes that no other version has
	 * @param speakers who it quotes, each once
	 */
	public record Version(StoryVersion version, List<String> own, List<StoryVersion.QuoteView> ownQuotes,
			List<String> speakers) {
	}

	/**
	 * When one version came out.
	 *
	 * @param moment the version's article, time and outlet
	 * @param after time since the first version, when both are known
	 */
	public record Moment(StoryMoment moment, @Nullable Duration after) {

		public @Nullable OffsetDateTime publishedAt() {
			return this.moment.publishedAt();
		}

		/** Hours since the first version, rounded, when known. */
		public @Nullable Long hoursAfter() {
			return (this.after != null) ? Math.round(this.after.toMinutes() / 60.0) : null;
		}

	}

}
