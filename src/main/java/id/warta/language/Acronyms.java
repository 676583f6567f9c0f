package id.warta.language;

import java.util.Collection;

import org.apache.lucene.analysis.CharArraySet;

/**
 * The abbreviations among the alias names ("UN", "AS", "PBB", "BIN"), which stand for
 * their full names only when written in capitals: the "Un" of "Kim Jong Un", the "bin" of
 * "Mohammed bin Salman" and the English "as" are other words. Where such a word is
 * written in capitals, the index holds a marked term beside the plain one
 * ({@link #CAPITALS} and the term: "^un"), and the aliases of a query look for that term,
 * so they find the abbreviation only where it is one. The plain term stays, so a search
 * for the word itself finds it in any case.
 */
public final class Acronyms {

	/** Starts the term of a word written in capitals; no word token holds it. */
	public static final char CAPITALS = '^';

	/** Starts, in a query only, the term of a word written as a name ("Un"). */
	static final char NAME = '~';

	/** The flag that {@link IndonesianAnalyzer} sets on a word written in capitals. */
	static final int CAPITALS_FLAG = 1 << 8;

	/** The flag that {@link IndonesianAnalyzer} sets on a word written as a name. */
	static final int NAME_FLAG = 1 << 9;

	/**
	 * Flag bits from here on: which parts of a hyphenated word are written in capitals.
	 */
	static final int PART_CAPITALS_SHIFT = 10;

	/** Flag bits from here on: which parts of a hyphenated word are written as names. */
	static final int PART_NAME_SHIFT = 20;

	/** Parts of a hyphenated word whose case is noted. */
	static final int MAX_PARTS = 10;

	private final CharArraySet terms;

	Acronyms(Collection<String> terms) {
		this.terms = CharArraySet.unmodifiableSet(new CharArraySet(terms, false));
	}

	/**
	 * Whether a word is written as an abbreviation: two or more letters, all capitals, no
	 * digit ("AS", "PBB", "UN", "RRT").
	 */
	public static boolean isAcronym(CharSequence word) {
		return isAcronym(word, 0, word.length());
	}

	/**
	 * {@link #isAcronym(CharSequence)} of the characters from {@code from} to {@code to}.
	 */
	static boolean isAcronym(CharSequence word, int from, int to) {
		int letters = 0;
		for (int i = from; i < to; i++) {
			char c = word.charAt(i);
			if (Character.isDigit(c)) {
				return false;
			}
			if (Character.isLetter(c)) {
				if (!Character.isUpperCase(c)) {
					return false;
				}
				letters++;
			}
		}
		return letters >= 2;
	}

	/**
	 * The marked term of a word written in capitals, when the word is one of these
	 * abbreviations: "^un" for "un"; otherwise {@code null}.
	 */
	public String marked(String term) {
		return contains(term) ? CAPITALS + term : null;
	}

	/** Whether the plain term is one of these abbreviations. */
	public boolean contains(CharSequence term) {
		return this.terms.contains(term);
	}

	boolean contains(char[] buffer, int length) {
		return this.terms.contains(buffer, 0, length);
	}

	/** The plain term of a marked one ("un" for "^un"), or the term itself. */
	public static String plain(String term) {
		return isMarked(term) ? term.substring(1) : term;
	}

	/** Whether a term is the marked term of a word written in capitals. */
	public static boolean isMarked(CharSequence term) {
		return term.length() > 1 && term.charAt(0) == CAPITALS;
	}

	/** How many abbreviations there are. */
	public int size() {
		return this.terms.size();
	}

}
