package id.warta.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks the passage shown under a search hit: about {@value #SIZE} characters of the
 * first body block that holds a matched word, cut at spaces around it (an ellipsis where
 * it is cut), with the matched words and phrases marked as in the title. Works on the
 * stored text, so the index keeps no term vectors for a highlighter; a page of hits reads
 * a few blocks each.
 */
final class Passages {

	static final int SIZE = 220;

	/** Blocks read per hit before giving up and showing the lead. */
	private static final int MAX_BLOCKS = 40;

	private final WordMarks marks;

	Passages(WordMarks marks) {
		this.marks = marks;
	}

	/**
	 * @param blocks the article's body blocks, in order
	 * @param phrases the query's words and phrases, as {@link WordMarks#phrases} gives
	 * them
	 * @param lead what to show when no block holds a match
	 */
	List<TextSegment> passage(List<String> blocks, List<List<String>> phrases, String lead) {
		for (String block : blocks.subList(0, Math.min(blocks.size(), MAX_BLOCKS))) {
			List<TextSegment> segments = this.marks.mark(block, phrases);
			int offset = 0;
			for (TextSegment segment : segments) {
				if (segment.match()) {
					int[] window = bounds(block, offset, segment.text().length());
					List<TextSegment> passage = slice(segments, window[0], window[1]);
					// A passage cut out of its paragraph says so at the cut.
					if (window[0] > 0) {
						passage.add(0, new TextSegment("… ", false));
					}
					if (window[1] < block.strip().length() + (block.length() - block.stripLeading().length())) {
						passage.add(new TextSegment(" …", false));
					}
					return passage;
				}
				offset += segment.text().length();
			}
		}
		return this.marks.mark(lead, phrases);
	}

	/**
	 * The parts of the segments between two offsets of their text.
	 */
	static List<TextSegment> slice(List<TextSegment> segments, int start, int end) {
		List<TextSegment> slice = new ArrayList<>();
		int offset = 0;
		for (TextSegment segment : segments) {
			int from = Math.max(start, offset);
			int to = Math.min(end, offset + segment.text().length());
			if (from < to) {
				slice.add(new TextSegment(segment.text().substring(from - offset, to - offset), segment.match()));
			}
			offset += segment.text().length();
		}
		return slice;
	}

	/**
	 * About {@link #SIZE} characters around a match, starting a little before it, cut at
	 * spaces so that no word is cut in half.
	 */
	static String window(String text, int matchStart, int matchLength) {
		int[] bounds = bounds(text, matchStart, matchLength);
		return text.substring(bounds[0], bounds[1]);
	}

	private static int[] bounds(String text, int matchStart, int matchLength) {
		int start = 0;
		int end = text.length();
		if (text.length() > SIZE) {
			start = Math.max(0, Math.min(matchStart - SIZE / 4, text.length() - SIZE));
			if (start > 0) {
				int space = text.indexOf(' ', start);
				start = (space >= 0 && space < matchStart) ? space + 1 : Math.min(start, matchStart);
			}
			end = Math.min(text.length(), Math.max(start + SIZE, matchStart + matchLength));
			if (end < text.length()) {
				int space = text.lastIndexOf(' ', end);
				end = (space > matchStart + matchLength) ? space : end;
			}
		}
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return new int[] { start, end };
	}

}
