package id.warta.language;

/**
 * Levenshtein distance with a bound, so that far-apart words cost little.
 */
final class EditDistance {

	private EditDistance() {
	}

	/**
	 * The edit distance between {@code a} and {@code b}, or {@code max + 1} as soon as it
	 * is certain to exceed {@code max}.
	 */
	static int within(String a, String b, int max) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMin = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
				rowMin = Math.min(rowMin, current[j]);
			}
			if (rowMin > max) {
				return max + 1;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return Math.min(previous[b.length()], max + 1);
	}

}
