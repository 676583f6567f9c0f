package id.warta.article;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One article of a story as the story page compares it with the others.
 *
 * @param article its summary
 * @param agencies the agencies it credits, by their one name
 * @param quotes who it quotes saying what
 * @param body its paragraphs and subheadings
 * @param original its address on the web, when it came from there
 */
public record StoryVersion(ArticleSummary article, List<String> agencies, List<QuoteView> quotes, List<String> body,
		@Nullable String original) {

	/**
	 * A quote as shown.
	 *
	 * @param speaker who said it
	 * @param entity the speaker's gazetteer slug, if the name resolved to one
	 * @param text what was said
	 * @param direct whether in quotation marks
	 */
	public record QuoteView(String speaker, @Nullable String entity, String text, boolean direct) {
	}

}
