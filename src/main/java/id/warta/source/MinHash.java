package id.warta.source;

import java.util.Arrays;
import java.util.HexFormat;

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

	/** Odd multipliers and offsets of the {@link #SIZE} hash functions. */
	private static final long[] MULTIPLIERS = new long[SIZE];

	private static final long[] OFFSETS = new long[SIZE];

	static {
		long seed = 0x9E3779B97F4A7C15L;
		for (int i = 0; i < SIZE; i++) {
			seed = mix(seed + 0x9E3779B97F4A7C15L);
			MULTIPLIERS[i] = seed | 1;
			seed = mix(seed + 0x9E3779B97F4A7C15L);
			OFFSETS[i] = seed;
		}
	}

	private MinHash() {
	}

	/**
	 * The signature of a text.
	 * @return the signature, or {@code null} when the text is too short for one
	 */
	static int @Nullable [] of(String text) {
		long[] shingles = shingles(text);
		if (shingles.length < MIN_SHINGLES) {
			return null;
		}
		int[] signature = new int[SIZE];
		Arrays.fill(signature, Integer.MAX_VALUE);
		for (long shingle : shingles) {
			// Multiply-add-shift hashing of the well-mixed shingle hash: a family cheap
			// enough to run SIZE times per shingle.
			for (int i = 0; i < SIZE; i++) {
				int value = (int) ((shingle * MULTIPLIERS[i] + OFFSETS[i]) >>> 33);
				if (value < signature[i]) {
					signature[i] = value;
				}
			}
		}
		return signature;
	}

	/**
	 * The distinct hashes of the text's word 3-shingles, sorted. Words are runs of
	 * letters and digits, lower-cased; each is hashed as it is read, without making
	 * strings.
	 */
	private static long[] shingles(String text) {
		long[] hashes = new long[Math.max(16, text.length() / 4)];
		int count = 0;
		long previous2 = 0;
		long previous1 = 0;
		int words = 0;
		long word = 0;
		boolean inWord = false;
		for (int i = 0, length = text.length(); i <= length; i++) {
			char c = (i < length) ? text.charAt(i) : ' ';
			if (Character.isLetterOrDigit(c)) {
				word = 31 * word + Character.toLowerCase(c);
				inWord = true;
				continue;
			}
			if (!inWord) {
				continue;
			}
			long current = mix(word);
			words++;
			if (words >= SHINGLE) {
				if (count == hashes.length) {
					hashes = Arrays.copyOf(hashes, count * 2);
				}
				hashes[count++] = mix(mix(previous2 * 31 + previous1) * 31 + current);
			}
			previous2 = previous1;
			previous1 = current;
			word = 0;
			inWord = false;
		}
		long[] sorted = Arrays.copyOf(hashes, count);
		Arrays.sort(sorted);
		int distinct = 0;
		for (int i = 0; i < sorted.length; i++) {
			if (i == 0 || sorted[i] != sorted[i - 1]) {
				sorted[distinct++] = sorted[i];
			}
		}
		return Arrays.copyOf(sorted, distinct);
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
