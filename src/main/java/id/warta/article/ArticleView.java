package id.warta.article;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An article as its page shows it, body included.
 *
 * @param id the article's id
 * @param title the headline
 * @param outletName the publisher, or {@code null} when unknown
 * @param outletSlug the publisher's URL key, or {@code null} when unknown
 * @param author the byline, if any
 * @param publishedAt when it was published, if known
 * @param publishedTimeKnown whether {@code publishedAt} has a real time of day
 * @param citedSources agencies and outlets the article credits
 * @param body paragraphs and subheadings in order
 * @param wordCount words in the body
 * @param language ISO 639-1 code of the body's language
 * @param source the file or URL it was imported from
 * @param storyId its story, if placed
 * @param entities the gazetteer entities it names, the most named first
 * @param agencies the agencies it credits, by their one name
 * @param quotes who it quotes
 */
public record ArticleView(long id, String title, @Nullable String outletName, @Nullable String outletSlug,
		@Nullable String author, @Nullable OffsetDateTime publishedAt, boolean publishedTimeKnown,
		List<String> citedSources, List<BodyBlock> body, int wordCount, String language, String source,
		@Nullable Long storyId, List<EntityLink> entities, List<String> agencies, List<StoryVersion.QuoteView> quotes) {

	/** Its address on the web, when it came from there: the link to the original. */
	public @Nullable String original() {
		return ArticleCatalog.original(this.source);
	}

	/**
	 * An entity the article names, linked to its page.
	 *
	 * @param slug its URL key
	 * @param name its name
	 */
	public record EntityLink(String slug, String name) {

		public String href() {
			return "/topik/" + this.slug;
		}

	}

	public int readingMinutes() {
		return ReadingTime.minutes(this.wordCount);
	}

	/**
	 * A paragraph or subheading.
	 *
	 * @param heading whether it is a subheading
	 * @param text its text
	 */
	public record BodyBlock(boolean heading, String text) {
	}

}
