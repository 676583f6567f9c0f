package id.warta.article;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import id.warta.language.names.Mentions;
import org.jspecify.annotations.Nullable;

/**
 * Places each new article in a story while it is stored, in the same transaction, so that
 * every stored article belongs to exactly one story. Implemented by the story module; the
 * article module only hands over what it knows of the article.
 */
public interface StoryPlacement {

	/**
	 * Places an article: it joins the best matching story or starts one.
	 * @return what the article keeps of its placement
	 */
	Placement place(Candidate article);

	/**
	 * An article to place.
	 *
	 * @param id its id
	 * @param title its headline
	 * @param paragraphs its body's paragraphs and subheadings
	 * @param published when it was published, if known
	 * @param publishedDay the day it was published in WIB, if known
	 * @param outletSlug its outlet's URL key, if known
	 * @param mentions the gazetteer entities of its headline and body
	 */
	record Candidate(long id, String title, List<String> paragraphs, @Nullable OffsetDateTime published,
			@Nullable LocalDate publishedDay, @Nullable String outletSlug, Mentions mentions) {
	}

	/**
	 * Where an article was placed.
	 *
	 * @param storyId its story
	 * @param eventDay the day of the event it reports, if known
	 * @param features what grouping knows of it, kept beside it for later placements
	 */
	record Placement(long storyId, @Nullable LocalDate eventDay, String features) {
	}

}
