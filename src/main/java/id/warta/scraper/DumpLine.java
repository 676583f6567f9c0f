package id.warta.scraper;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of a text dump, whitespace normalised, with the facts the extractor asks about
 * it again and again.
 *
 * @param text the line, trimmed, with runs of (non-breaking) spaces as one space
 * @param words how many words it has
 * @param boilerplate whether it is chrome, a caption, a counter or stray punctuation
 * @param opensComments whether it starts a comment section
 * @param paragraph whether it reads like a paragraph of running text
 */
record DumpLine(String text, int words, boolean boilerplate, boolean opensComments, boolean endsSection,
		boolean paragraph) {

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f\\u200b\\u200c\\u200d\\ufeff]+");

	private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029");

	private static final Pattern CLOSING = Pattern.compile("[\"”’'»)\\]]+$");

	private static final String SENTENCE_END = ".!?\"”’'»)…。！？」";

	private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");

	/** A paragraph can end without punctuation only when it is this long. */
	private static final int LONG_UNPUNCTUATED = 25;

	static List<DumpLine> split(String text) {
		String[] raw = LINE_BREAK.split(text, -1);
		List<DumpLine> lines = new ArrayList<>(raw.length);
		for (String line : raw) {
			lines.add(of(line));
		}
		return lines;
	}

	static DumpLine of(String raw) {
		String text = SPACES.matcher(raw).replaceAll(" ").strip();
		if (text.isEmpty()) {
			return new DumpLine("", 0, false, false, false, false);
		}
		int words = words(text);
		boolean boilerplate = BoilerplateLines.isBoilerplate(text);
		boolean opens = BoilerplateLines.opensComments(text);
		char last = text.charAt(text.length() - 1);
		boolean punctuated = SENTENCE_END.indexOf(last) >= 0 || (last == ':' && words >= 8);
		// A long line with no punctuation at all is a tag cloud or a menu, not prose.
		boolean paragraph = !boilerplate
				&& ((words >= 5 && punctuated) || (words >= LONG_UNPUNCTUATED && hasInnerPunctuation(text)));
		return new DumpLine(text, words, boilerplate, opens, BoilerplateLines.endsSection(text), paragraph);
	}

	/**
	 * Words, where two CJK characters count as one since those scripts have no spaces.
	 */
	static int words(String text) {
		int spaced = text.split(" ").length;
		if (text.length() < 2) {
			return spaced;
		}
		long cjk = CJK.matcher(text).results().count();
		return (int) Math.max(spaced, cjk / 2);
	}

	private static boolean hasInnerPunctuation(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (".,;:!?。，、".indexOf(text.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	boolean blank() {
		return this.text.isEmpty();
	}

	/** Whether the line ends a sentence, looking past closing quotes and brackets. */
	boolean endsWithStop() {
		String t = CLOSING.matcher(this.text).replaceAll("");
		return !t.isEmpty() && ".!?…。！？:;,".indexOf(t.charAt(t.length() - 1)) >= 0;
	}

	boolean endsSentence() {
		return !blank() && SENTENCE_END.indexOf(this.text.charAt(this.text.length() - 1)) >= 0;
	}

}
