package id.warta.scraper;

/**
 * One block of an article body.
 *
 * @param kind whether this is a paragraph or a subheading
 * @param text the block's text, whitespace normalised
 */
public record Block(Kind kind, String text) {

	public static Block paragraph(String text) {
		return new Block(Kind.PARAGRAPH, text);
	}

	public static Block heading(String text) {
		return new Block(Kind.HEADING, text);
	}

	/**
	 * What a block is.
	 */
	public enum Kind {

		PARAGRAPH, HEADING

	}

}
