package id.warta.language;

/**
 * The clitics that attach to an Indonesian word without changing what it means for
 * search: the particles -lah, -kah, -pun, then the possessives -nya, -ku, -mu.
 */
final class Clitics {

	/** A root left after removing a clitic must be at least this long. */
	private static final int MIN_REMAINDER = 3;

	private static final String[] PARTICLES = { "lah", "kah", "pun" };

	private static final String[] POSSESSIVES = { "nya", "ku", "mu" };

	private static final String[] BLIND_PARTICLES = { "kah", "pun" };

	private static final String[] BLIND_POSSESSIVES = { "nya" };

	private Clitics() {
	}

	/**
	 * The word without its particle, or the word itself.
	 */
	static String withoutParticle(String word) {
		return without(word, PARTICLES);
	}

	/**
	 * The word without its possessive, or the word itself.
	 */
	static String withoutPossessive(String word) {
		return without(word, POSSESSIVES);
	}

	/**
	 * The word without the clitics that are safe to remove even when no root is known:
	 * -ku and -mu end too many roots, and -lah too many names (Abdullah, Hizbullah), to
	 * be taken off blindly.
	 */
	static String withoutUnambiguous(String word) {
		return without(without(word, BLIND_PARTICLES), BLIND_POSSESSIVES);
	}

	private static String without(String word, String[] clitics) {
		for (String clitic : clitics) {
			if (word.endsWith(clitic) && word.length() - clitic.length() >= MIN_REMAINDER) {
				return word.substring(0, word.length() - clitic.length());
			}
		}
		return word;
	}

}
