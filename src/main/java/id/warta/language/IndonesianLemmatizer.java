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

	/** Shorter words hold no infix: the root under it would be under four letters. */
	private static final int MIN_INFIXED = 6;

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
		String root = search(word, Mode.SHIPPED);
		if (root != null) {
			return root;
		}
		if (this.lexicon.hasLearnedRoots()) {
			root = search(word, Mode.LEARNED);
			if (root != null) {
				return deepest(root);
			}
		}
		// An infix is the last guess: the corpus knows better.
		root = search(word, Mode.INFIXED);
		return (root != null) ? root : Clitics.withoutUnambiguous(word);
	}

	private String deepest(String root) {
		for (int i = 0; i < MAX_PREFIXES && !this.lexicon.isShippedRoot(root); i++) {
			String deeper = search(root, Mode.LEARNED);
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
	private @Nullable String search(String word, Mode mode) {
		String noParticle = Clitics.withoutParticle(word);
		String bare = Clitics.withoutPossessive(noParticle);
		if (!bare.equals(noParticle)) {
			String root = known(bare, mode) ? bare : derive(bare, mode);
			if (root != null) {
				return root;
			}
		}
		if (!noParticle.equals(word)) {
			String root = known(noParticle, mode) ? noParticle : derive(noParticle, mode);
			if (root != null) {
				return root;
			}
		}
		return derive(word, mode);
	}

	/**
	 * Removes the derivational suffix and then prefixes; when that finds no root, puts
	 * the suffix back and tries the prefixes alone.
	 */
	private @Nullable String derive(String word, Mode mode) {
		int length = word.length();
		boolean an = word.endsWith("an");
		boolean kan = an && word.endsWith("kan");
		boolean i = !an && word.endsWith("i");
		// Without a prefix, a root ending in k plus -an (masakan, tindakan) is far more
		// common than the bare imperative -kan.
		String bare = an ? rooted(word.substring(0, length - 2), mode) : null;
		if (bare == null && kan) {
			bare = rooted(word.substring(0, length - 3), mode);
		}
		if (bare == null && i) {
			bare = rooted(word.substring(0, length - 1), mode);
		}
		if (bare != null) {
			return bare;
		}
		String root = null;
		if (kan) {
			root = prefixes(word.substring(0, length - 3), Suffix.KAN, 0, null, mode);
		}
		if (root == null && an) {
			root = prefixes(word.substring(0, length - 2), Suffix.AN, 0, null, mode);
		}
		if (root == null && i) {
			root = prefixes(word.substring(0, length - 1), Suffix.I, 0, null, mode);
		}
		if (root == null) {
			root = prefixes(word, Suffix.NONE, 0, null, mode);
		}
		return (root != null) ? root : rooted(word, mode);
	}

	private @Nullable String prefixes(String stem, Suffix suffix, int depth, @Nullable Prefix previous, Mode mode) {
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
			String root = rooted(remainders[i], mode);
			if (root != null) {
				return root;
			}
		}
		for (int i = 0; i < count; i++) {
			String root = prefixes(remainders[i], suffix, depth + 1, prefix, mode);
			if (root != null) {
				return root;
			}
		}
		return null;
	}

	private boolean accepts(String candidate, Mode mode) {
		return candidate.length() >= MIN_ROOT && known(candidate, mode);
	}

	/**
	 * The root a candidate stands for: itself when known; else, among shipped roots, the
	 * root under an infix (g-em-etar, t-el-unjuk, s-er-uling) or under a repeated first
	 * syllable (de-daun, re-rumput, le-luhur).
	 */
	private @Nullable String rooted(String candidate, Mode mode) {
		if (accepts(candidate, mode)) {
			return candidate;
		}
		if (mode != Mode.INFIXED || candidate.length() < MIN_INFIXED) {
			return null;
		}
		char first = candidate.charAt(0);
		if (!isVowel(first)) {
			String infix = candidate.substring(1, 3);
			// Not -in-: kinerja (performance) and kesinambungan went their own way from
			// kerja and sambung, and joining them would find "kinerja" for "kerja sama".
			if (infix.equals("el") || infix.equals("em") || infix.equals("er")) {
				String root = first + candidate.substring(3);
				if (root.length() > MIN_ROOT && this.lexicon.isShippedRoot(root)) {
					return root;
				}
			}
			if (candidate.charAt(1) == 'e' && candidate.charAt(2) == first) {
				String root = candidate.substring(2);
				if (root.length() > MIN_ROOT && this.lexicon.isShippedRoot(root)) {
					return root;
				}
			}
		}
		return null;
	}

	private static boolean isVowel(char c) {
		return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
	}

	private boolean known(String candidate, Mode mode) {
		return this.lexicon.isShippedRoot(candidate) || (mode == Mode.LEARNED && this.lexicon.isLearnedRoot(candidate));
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

	/**
	 * Which roots a search accepts: shipped ones; or learned ones too; or shipped ones
	 * also under an infix or a repeated syllable, tried last, when neither explains the
	 * word.
	 */
	enum Mode {

		SHIPPED, INFIXED, LEARNED

	}

	/** The derivational suffix taken off before the prefixes. */
	enum Suffix {

		NONE, I, AN, KAN

	}

}
