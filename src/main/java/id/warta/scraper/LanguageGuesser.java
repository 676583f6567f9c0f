package id.warta.scraper;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses a body's language from the share of very common function words, enough to tell
 * Indonesian from English; anything else is {@code "und"}.
 */
final class LanguageGuesser {

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private static final Set<String> INDONESIAN = Set.of("yang", "dan", "di", "ke", "dari", "ini", "itu", "untuk",
			"dengan", "pada", "adalah", "dalam", "tidak", "akan", "juga", "oleh", "sebagai", "bahwa", "karena", "atau",
			"ada", "kata", "mereka", "telah", "sudah", "saat", "para", "kami", "kita", "lebih", "tersebut", "setelah",
			"bisa", "namun", "hal", "seperti", "ia", "dia", "tak", "belum", "masih", "sebuah", "antara", "serta");

	private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "is", "that", "for", "it", "was",
			"on", "with", "as", "by", "at", "he", "be", "this", "from", "are", "have", "has", "an", "but", "not",
			"they", "said", "his", "were", "which", "will", "would", "their", "been", "who", "had", "or", "its", "she",
			"we");

	private static final int SAMPLE_WORDS = 2000;

	private LanguageGuesser() {
	}

	static String guess(List<Block> body) {
		int total = 0;
		int indonesian = 0;
		int english = 0;
		for (Block block : body) {
			Matcher m = WORD.matcher(block.text());
			while (m.find() && total < SAMPLE_WORDS) {
				String word = m.group().toLowerCase(Locale.ROOT);
				total++;
				if (INDONESIAN.contains(word)) {
					indonesian++;
				}
				if (ENGLISH.contains(word)) {
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
