package id.warta.language.names;

import java.text.Normalizer;
import java.util.Locale;

/**
 * URL keys made from names: lower-case ASCII letters and digits, words joined by hyphens.
 */
public final class Slugs {

	private Slugs() {
	}

	/**
	 * The key of a name: "Korea Utara" → {@code korea-utara}, "Ma'ruf Amin" →
	 * {@code maruf-amin}; a name without letters or digits gives {@code "x"}.
	 */
	public static String of(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		String slug = ascii.toLowerCase(Locale.ROOT)
			.replaceAll("['’`]", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (slug.length() > 80) {
			slug = slug.substring(0, 80).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "x" : slug;
	}

}
