package id.warta.scraper;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An article as the scraper understood it.
 *
 * @param title the headline
 * @param outlet the publisher's name when the page names it, otherwise {@code null}
 * @param author the byline when there is one
 * @param published when the article was published, if the page says
 * @param citedSources agencies and outlets the article credits, in order, without
 * duplicates
 * @param language ISO 639-1 code of the body's language, or {@code "und"}
 * @param body paragraphs and subheadings in reading order
 * @param wordCount number of words in the body
 * @param pages how many pages the article spanned (1 unless its pager was followed)
 */
public record ExtractedArticle(String title, @Nullable String outlet, @Nullable String author,
		@Nullable PublicationDate published, List<String> citedSources, String language, List<Block> body,
		int wordCount, int pages) {

	public ExtractedArticle {
		citedSources = List.copyOf(citedSources);
		body = List.copyOf(body);
	}

	/** An article read from one page. */
	public ExtractedArticle(String title, @Nullable String outlet, @Nullable String author,
			@Nullable PublicationDate published, List<String> citedSources, String language, List<Block> body,
			int wordCount) {
		this(title, outlet, author, published, citedSources, language, body, wordCount, 1);
	}

	/**
	 * The title and the body's blocks, a line each: the text that copies are compared on
	 * and corpus words are learned from.
	 */
	public String text() {
		StringBuilder text = new StringBuilder(this.title);
		this.body.forEach((block) -> text.append('\n').append(block.text()));
		return text.toString();
	}

	/** The same article, recorded as spanning the given number of pages. */
	ExtractedArticle withPages(int pageCount) {
		return new ExtractedArticle(this.title, this.outlet, this.author, this.published, this.citedSources,
				this.language, this.body, this.wordCount, pageCount);
	}

}
