package id.warta.scraper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The phrases that announce a teaser ("Baca juga:", "Read more »"), as data in
 * {@code teasers.txt} beside this class: one list for every place that needs them.
 */
final class TeaserPhrases {

	/** The phrases, longest first, so an alternation tries "baca juga" before "baca". */
	static final List<String> PHRASES = load();

	private TeaserPhrases() {
	}

	/**
	 * A regular expression alternation of the phrases, to be matched case-insensitively.
	 */
	static String alternation() {
		return String.join("|", PHRASES.stream().map(Pattern::quote).toList());
	}

	private static List<String> load() {
		try (InputStream in = TeaserPhrases.class.getResourceAsStream("teasers.txt")) {
			if (in == null) {
				throw new IllegalStateException("teasers.txt is missing");
			}
			List<String> phrases = new ArrayList<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String phrase = line.strip().toLowerCase(Locale.ROOT);
				if (!phrase.isEmpty() && !phrase.startsWith("#")) {
					phrases.add(phrase);
				}
			}
			phrases.sort(Comparator.comparingInt(String::length).reversed());
			return List.copyOf(phrases);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
