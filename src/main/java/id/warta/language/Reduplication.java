package id.warta.language;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Indonesian reduplication: negara-negara, sehari-hari, berbeda-beda, tembak-menembak,
 * kemerah-merahan. The parts of a hyphenated word that share one root are one word with
 * that root; other hyphenated words (Al-Qaeda, sayur-mayur) are separate words.
 */
final class Reduplication {

	private final IndonesianLemmatizer lemmatizer;

	Reduplication(IndonesianLemmatizer lemmatizer) {
		this.lemmatizer = lemmatizer;
	}

	/**
	 * The root that all parts share, or {@code null} when they are not one reduplicated
	 * word.
	 */
	@Nullable String root(List<String> parts) {
		if (parts.size() < 2) {
			return null;
		}
		String root = this.lemmatizer.lemma(parts.get(0));
		for (int i = 1; i < parts.size(); i++) {
			if (!root.equals(this.lemmatizer.lemma(parts.get(i)))) {
				return null;
			}
		}
		return root;
	}

}
