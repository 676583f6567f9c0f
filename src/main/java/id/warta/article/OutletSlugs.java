package id.warta.article;

import java.text.Normalizer;
import java.util.Locale;

/**
 * URL keys for outlets: "Membumi.com" becomes {@code membumi-com}. The key
 * {@value #UNKNOWN} stands for articles with no known outlet and is never given to a real
 * one.
 */
public final class OutletSlugs {

	/** The filter key for articles whose outlet is unknown. */
	public static final String UNKNOWN = "unknown";

	private OutletSlugs() {
	}

	static String of(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.isEmpty()) {
			slug = "outlet-" + Integer.toHexString(name.hashCode());
		}
		return UNKNOWN.equals(slug) ? slug + "-outlet" : slug;
	}

}
