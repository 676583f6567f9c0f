package id.warta.scraper;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Guesses a body's language from the share of very common function words, enough to tell
 * Indonesian from English; anything else is {@code "und"}.
 */
final class LanguageGuesser {

	private static final Set<String> INDONESIAN = Set.of("yang", "dan", "di", "ke", "dari", "ini", "itu", "untuk",
			"dengan", "pada", "adalah", "dalam", "tidak", "akan", "juga", "oleh", "sebagai", "bahwa", "karena", "atau",
			"ada", "kata", "mereka", "telah", "sudah", "saat", "para", "kami", "kita", "lebih", "tersebut", "setelah",
			"bisa", "namun", "hal", "seperti", "ia", "dia", "tak", "belum", "masih", "sebuah", "antara", "serta");

	private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "is", "that", "for", "it", "was",
			"on", "with", "as", "by", "at", "he", "be", "this", "from", "are", "have", "has", "an", "but", "not",
			"they", "said", "his", "were", "which", "will", "would", "their", "been", "who", "had", "or", "its", "she",
			"we");

	/** Enough running words to tell the languages apart. */
	private static final int SAMPLE_WORDS = 600;

	/** No listed function word is longer. */
	private static final int MAX_FUNCTION_WORD = 8;

	private LanguageGuesser() {
	}

	static String guess(List<Block> body) {
		int total = 0;
		int indonesian = 0;
		int english = 0;
		StringBuilder word = new StringBuilder();
		for (Block block : body) {
			String text = block.text();
			// Runs of letters, lower-cased, without a regex: this reads much of the text.
			for (int i = 0; i <= text.length() && total < SAMPLE_WORDS; i++) {
				char c = (i < text.length()) ? text.charAt(i) : ' ';
				if (Character.isLetter(c)) {
					word.append(Character.toLowerCase(c));
					continue;
				}
				if (word.isEmpty()) {
					continue;
				}
				total++;
				if (word.length() > MAX_FUNCTION_WORD) {
					word.setLength(0);
					continue;
				}
				String w = word.toString();
				word.setLength(0);
				if (INDONESIAN.contains(w)) {
					indonesian++;
				}
				if (ENGLISH.contains(w)) {
					english++;
				}
			}
		}
		// Function words make up a fifth or more of running text; under 8 % it is
		// neither.
		int best = Math.max(indonesian, english);
		if (total < 5 || best * 100 < total * 8) {
			return "und";
		}
		return (indonesian >= english) ? "id" : "en";
	}

}
