package id.warta.source;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A MinHash signature of a text's word 3-shingles: two texts' signatures agree in about
 * the share of places that their shingle sets overlap (Jaccard similarity), so the same
 * story republished with small edits is found without comparing whole texts.
 */
final class MinHash {

	static final int SIZE = 128;

	/** Bands of {@link #ROWS} values: two signatures that share a band are compared. */
	static final int BANDS = 32;

	static final int ROWS = SIZE / BANDS;

	/** Below this many shingles a text is too short to tell a copy from a coincidence. */
	static final int MIN_SHINGLES = 20;

	private static final int SHINGLE = 3;

	private static final long[] SEEDS = new long[SIZE];

	static {
		long seed = 0x9E3779B97F4A7C15L;
		for (int i = 0; i < SIZE; i++) {
			seed = mix(seed + 0x9E3779B97F4A7C15L);
			SEEDS[i] = seed;
		}
	}

	private MinHash() {
	}

	/**
	 * The signature of a text.
	 * @return the signature, or {@code null} when the text is too short for one
	 */
	static int @Nullable [] of(String text) {
		String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
		Set<Long> shingles = new HashSet<>();
		int start = (words.length > 0 && words[0].isEmpty()) ? 1 : 0;
		for (int i = start; i + SHINGLE <= words.length; i++) {
			long hash = 1125899906842597L;
			for (int j = i; j < i + SHINGLE; j++) {
				hash = 31 * hash + words[j].hashCode();
				hash = mix(hash);
			}
			shingles.add(hash);
		}
		if (shingles.size() < MIN_SHINGLES) {
			return null;
		}
		int[] signature = new int[SIZE];
		java.util.Arrays.fill(signature, Integer.MAX_VALUE);
		for (long shingle : shingles) {
			for (int i = 0; i < SIZE; i++) {
				int value = (int) (mix(shingle ^ SEEDS[i]) >>> 33);
				if (value < signature[i]) {
					signature[i] = value;
				}
			}
		}
		return signature;
	}

	/**
	 * The estimated Jaccard similarity of the texts behind two signatures.
	 */
	static double similarity(int[] a, int[] b) {
		int same = 0;
		for (int i = 0; i < SIZE; i++) {
			if (a[i] == b[i]) {
				same++;
			}
		}
		return same / (double) SIZE;
	}

	/**
	 * The key of one band of a signature, for the candidates' lookup.
	 */
	static long bandKey(int[] signature, int band) {
		long key = band;
		for (int i = band * ROWS; i < (band + 1) * ROWS; i++) {
			key = mix(key * 31 + signature[i]);
		}
		return key;
	}

	static String encode(int[] signature) {
		StringBuilder text = new StringBuilder(SIZE * 8);
		HexFormat hex = HexFormat.of();
		for (int value : signature) {
			text.append(hex.toHexDigits(value));
		}
		return text.toString();
	}

	static int[] decode(String text) {
		int[] signature = new int[SIZE];
		for (int i = 0; i < SIZE; i++) {
			signature[i] = HexFormat.fromHexDigits(text, i * 8, i * 8 + 8);
		}
		return signature;
	}

	// SplitMix64's finaliser: cheap and well spread.
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
