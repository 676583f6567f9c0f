package id.warta.language;

import org.jspecify.annotations.Nullable;

/**
 * An Indonesian derivational prefix (or the proclitics ku- and kau-), with the roots it
 * may have been put before: the nasal prefixes me(N)- and pe(N)- replace a root's first
 * sound, so one surface form can hide two roots (menolak: nolak or tolak), tried in
 * order.
 */
enum Prefix {

	DI(true), KE(true), SE(true), BE(true), TE(true), ME(true), PE(true), KU(false), KAU(false);

	/** Whether the prefix can follow another one (memper-, diper-, keber-). */
	final boolean nests;

	Prefix(boolean nests) {
		this.nests = nests;
	}

	static @Nullable Prefix of(String word) {
		char first = word.charAt(0);
		char second = word.charAt(1);
		if (second == 'e') {
			return switch (first) {
				case 'k' -> KE;
				case 's' -> SE;
				case 'b' -> BE;
				case 't' -> TE;
				case 'm' -> ME;
				case 'p' -> PE;
				default -> null;
			};
		}
		if (first == 'd' && second == 'i') {
			return DI;
		}
		if (first == 'k' && second == 'a' && word.charAt(2) == 'u') {
			return KAU;
		}
		return (first == 'k' && second == 'u') ? KU : null;
	}

	/**
	 * Whether the pair of this outermost prefix and the suffix cannot form a word
	 * (be-…-i, di-…-an, ke-…-i, ke-…-kan, me-…-an, se-…-i, se-…-kan, te-…-an; and
	 * pe-…-kan, which Indonesian lacks too).
	 */
	boolean forbids(IndonesianLemmatizer.Suffix suffix) {
		return switch (suffix) {
			case I -> this == BE || this == KE || this == SE;
			case AN -> this == DI || this == ME || this == TE;
			case KAN -> this == KE || this == SE || this == PE;
			case NONE -> false;
		};
	}

	/**
	 * Writes the candidate roots under this prefix into {@code out}, most likely first.
	 * @return how many were written
	 */
	int remainders(String word, String[] out) {
		return switch (this) {
			case DI, KE, SE, KU -> one(word.substring(2), out);
			case KAU -> one(word.substring(3), out);
			case BE, TE -> liquid(word, out);
			case ME -> {
				int count = nasal(word, out);
				yield (count > 0 || !isOneOf(word.charAt(2), "lrwy")) ? count : one(word.substring(2), out);
			}
			case PE -> {
				int count = nasal(word, out);
				yield (count > 0) ? count : pe(word, out);
			}
		};
	}

	/** ber-/ter-, be-/te- before a syllable with -er- (bekerja), and bel- in belajar. */
	private static int liquid(String word, String[] out) {
		char third = word.charAt(2);
		if (third == 'r') {
			if (isVowel(word.charAt(3))) {
				out[0] = word.substring(3);
				out[1] = word.substring(2);
				return 2;
			}
			return one(word.substring(3), out);
		}
		if (third == 'l' && word.startsWith("ajar", 3)) {
			return one(word.substring(3), out);
		}
		if (!isVowel(third) && word.startsWith("er", 3)) {
			return one(word.substring(2), out);
		}
		return 0;
	}

	/** me(N)- and pe(N)-: meng-, meny-, mem-, men- and their sound changes. */
	private static int nasal(String word, String[] out) {
		int length = word.length();
		if (word.startsWith("ng", 2) && length > 4) {
			char next = word.charAt(4);
			int count = 0;
			if (isVowel(next)) {
				out[count++] = word.substring(4);
				out[count++] = "k" + word.substring(4);
				if (next == 'e' && length > 5 && !isVowel(word.charAt(5))) {
					out[count++] = word.substring(5);
				}
			}
			else if (isOneOf(next, "ghkq")) {
				out[count++] = word.substring(4);
			}
			return count;
		}
		if (word.startsWith("ny", 2) && length > 4) {
			if (!isVowel(word.charAt(4))) {
				return 0;
			}
			out[0] = "s" + word.substring(4);
			out[1] = word.substring(2);
			return 2;
		}
		char third = word.charAt(2);
		char next = word.charAt(3);
		if (third == 'm') {
			if (isOneOf(next, "bfvp")) {
				return one(word.substring(3), out);
			}
			return isVowel(next) ? two(word.substring(2), "p" + word.substring(3), out) : 0;
		}
		if (third == 'n') {
			if (isOneOf(next, "cdjstz")) {
				return one(word.substring(3), out);
			}
			return isVowel(next) ? two(word.substring(2), "t" + word.substring(3), out) : 0;
		}
		return 0;
	}

	/** per-, pel- in pelajar, and pe- before other consonants (petani, pelaku). */
	private static int pe(String word, String[] out) {
		char third = word.charAt(2);
		if (third == 'r') {
			if (isVowel(word.charAt(3))) {
				return two(word.substring(3), word.substring(2), out);
			}
			return one(word.substring(3), out);
		}
		if (third == 'l' && word.startsWith("ajar", 3)) {
			return two(word.substring(3), word.substring(2), out);
		}
		return isVowel(third) ? 0 : one(word.substring(2), out);
	}

	private static int one(String remainder, String[] out) {
		out[0] = remainder;
		return 1;
	}

	private static int two(String first, String second, String[] out) {
		out[0] = first;
		out[1] = second;
		return 2;
	}

	private static boolean isVowel(char c) {
		return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
	}

	private static boolean isOneOf(char c, String letters) {
		return letters.indexOf(c) >= 0;
	}

}
