package id.warta.language;

import org.jspecify.annotations.Nullable;

/**
 * Takes the affixes off an Indonesian word the Nazief–Adriani way: clitics, then the
 * derivational suffix (-kan, -an, -i), then up to three prefixes with their sound changes
 * (meny- before s, mem- before p, men- before t, meng- before k, and pe(N)- likewise),
 * backtracking through the alternatives, and accepting a candidate only when the
 * {@link Lexicon} knows it. A word that is itself a root stays whole, so base words such
 * as berita or pesawat are not cut; a word with no known root keeps its form, less
 * unambiguous clitics.
 * <p>
 * Shipped roots are tried first over the whole search; learned words only when no shipped
 * root explains the word, and then the deepest learned root wins, because every derived
 * form of a frequent root also occurs stand-alone in the corpus.
 */
final class IndonesianLemmatizer {

	private static final int MIN_ROOT = 3;

	private static final int MAX_PREFIXES = 3;

	/** Longer tokens are not words (URLs, identifiers, glued text). */
	private static final int MAX_WORD = 40;

	private static final int MAX_REMAINDERS = 4;

	private final Lexicon lexicon;

	IndonesianLemmatizer(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	Lexicon lexicon() {
		return this.lexicon;
	}

	/**
	 * The root of a lower-cased, ASCII-folded word, or the word itself when it is not an
	 * Indonesian word we can explain.
	 */
	String lemma(String word) {
		if (word.length() <= MIN_ROOT || word.length() > MAX_WORD || !isLetters(word)
				|| this.lexicon.isShippedRoot(word)) {
			return word;
		}
		String root = search(word, false);
		if (root != null) {
			return root;
		}
		if (this.lexicon.hasLearnedRoots()) {
			root = search(word, true);
			if (root != null) {
				return deepest(root);
			}
		}
		return Clitics.withoutUnambiguous(word);
	}

	private String deepest(String root) {
		for (int i = 0; i < MAX_PREFIXES && !this.lexicon.isShippedRoot(root); i++) {
			String deeper = search(root, true);
			if (deeper == null) {
				break;
			}
			root = deeper;
		}
		return root;
	}

	/**
	 * A known root of the word other than the word itself: clitics first, then affixes.
	 */
	private @Nullable String search(String word, boolean learned) {
		String noParticle = Clitics.withoutParticle(word);
		String bare = Clitics.withoutPossessive(noParticle);
		if (!bare.equals(noParticle)) {
			String root = known(bare, learned) ? bare : derive(bare, learned);
			if (root != null) {
				return root;
			}
		}
		if (!noParticle.equals(word)) {
			String root = known(noParticle, learned) ? noParticle : derive(noParticle, learned);
			if (root != null) {
				return root;
			}
		}
		return derive(word, learned);
	}

	/**
	 * Removes the derivational suffix and then prefixes; when that finds no root, puts
	 * the suffix back and tries the prefixes alone.
	 */
	private @Nullable String derive(String word, boolean learned) {
		int length = word.length();
		boolean an = word.endsWith("an");
		boolean kan = an && word.endsWith("kan");
		boolean i = !an && word.endsWith("i");
		// Without a prefix, a root ending in k plus -an (masakan, tindakan) is far more
		// common than the bare imperative -kan.
		if (an && accepts(word.substring(0, length - 2), learned)) {
			return word.substring(0, length - 2);
		}
		if (kan && accepts(word.substring(0, length - 3), learned)) {
			return word.substring(0, length - 3);
		}
		if (i && accepts(word.substring(0, length - 1), learned)) {
			return word.substring(0, length - 1);
		}
		String root = null;
		if (kan) {
			root = prefixes(word.substring(0, length - 3), Suffix.KAN, 0, null, learned);
		}
		if (root == null && an) {
			root = prefixes(word.substring(0, length - 2), Suffix.AN, 0, null, learned);
		}
		if (root == null && i) {
			root = prefixes(word.substring(0, length - 1), Suffix.I, 0, null, learned);
		}
		return (root != null) ? root : prefixes(word, Suffix.NONE, 0, null, learned);
	}

	private @Nullable String prefixes(String stem, Suffix suffix, int depth, @Nullable Prefix previous,
			boolean learned) {
		if (depth == MAX_PREFIXES || stem.length() < MIN_ROOT + 2) {
			return null;
		}
		Prefix prefix = Prefix.of(stem);
		if (prefix == null || prefix == previous || (depth > 0 && !prefix.nests)
				|| (depth == 0 && prefix.forbids(suffix))) {
			return null;
		}
		String[] remainders = new String[MAX_REMAINDERS];
		int count = prefix.remainders(stem, remainders);
		// Breadth first: a root right under this prefix beats one under a further prefix.
		for (int i = 0; i < count; i++) {
			if (accepts(remainders[i], learned)) {
				return remainders[i];
			}
		}
		for (int i = 0; i < count; i++) {
			String root = prefixes(remainders[i], suffix, depth + 1, prefix, learned);
			if (root != null) {
				return root;
			}
		}
		return null;
	}

	private boolean accepts(String candidate, boolean learned) {
		return candidate.length() >= MIN_ROOT && known(candidate, learned);
	}

	private boolean known(String candidate, boolean learned) {
		return this.lexicon.isShippedRoot(candidate) || (learned && this.lexicon.isLearnedRoot(candidate));
	}

	private static boolean isLetters(String word) {
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (c < 'a' || c > 'z') {
				return false;
			}
		}
		return true;
	}

	/** The derivational suffix taken off before the prefixes. */
	enum Suffix {

		NONE, I, AN, KAN

	}

}
