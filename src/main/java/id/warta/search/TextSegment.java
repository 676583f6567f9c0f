package id.warta.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of text that either matched the query or did not. Templates print segments with
 * {@code th:text} and wrap matches in {@code <mark>}, so highlighting never renders page
 * text as markup.
 *
 * @param text the text
 * @param match whether it matched the query
 */
public record TextSegment(String text, boolean match) {

	/** Opens a match in the highlighter's output: a private-use character. */
	static final String OPEN = "\uE000";

	/** Closes a match in the highlighter's output. */
	static final String CLOSE = "\uE001";

	/**
	 * Splits highlighter output into segments. Marker characters that occur in the text
	 * itself are dropped, and an unclosed match runs to the end.
	 */
	static List<TextSegment> parse(String highlighted) {
		List<TextSegment> segments = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean inMatch = false;
		for (int i = 0; i < highlighted.length(); i++) {
			char c = highlighted.charAt(i);
			boolean open = c == OPEN.charAt(0);
			boolean close = c == CLOSE.charAt(0);
			if ((open && !inMatch) || (close && inMatch)) {
				if (!current.isEmpty()) {
					segments.add(new TextSegment(current.toString(), inMatch));
					current.setLength(0);
				}
				inMatch = open;
			}
			else if (!open && !close) {
				current.append(c);
			}
		}
		if (!current.isEmpty()) {
			segments.add(new TextSegment(current.toString(), inMatch));
		}
		return segments;
	}

	public static List<TextSegment> plain(String text) {
		return text.isEmpty() ? List.of() : List.of(new TextSegment(text, false));
	}

}
