package id.warta.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One address per page, so that the same article reached through a feed, a sitemap and a
 * shared link is fetched and stored once: scheme and host in lower case, no default port,
 * no fragment, no tracking parameters, no trailing slash; and, once the page is fetched,
 * the page's own {@code <link rel="canonical">}, which also folds AMP and mobile variants
 * into the main page.
 */
final class CanonicalUrl {

	private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid",
			"mc_cid", "mc_eid", "igshid", "_ga", "_gl", "ref", "ref_src", "spm", "cmpid", "amp");

	private CanonicalUrl() {
	}

	/**
	 * The canonical form of an address.
	 * @return the address, or {@code null} when it is no http(s) address
	 */
	static @Nullable String of(String url) {
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			return null;
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!(scheme.equals("http") || scheme.equals("https")) || uri.getRawAuthority() == null
				|| uri.getHost() == null) {
			return null;
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		if (host.endsWith(".")) {
			host = host.substring(0, host.length() - 1);
		}
		int port = uri.getPort();
		boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
				|| (scheme.equals("https") && port == 443);
		String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
		path = path.replaceAll("/{2,}", "/");
		if (path.length() > 1 && path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		StringBuilder canonical = new StringBuilder(scheme).append("://").append(host);
		if (!defaultPort) {
			canonical.append(':').append(port);
		}
		canonical.append(path);
		String query = query(uri.getRawQuery());
		if (!query.isEmpty()) {
			canonical.append('?').append(query);
		}
		return canonical.toString();
	}

	/**
	 * The registrable part of a host, roughly: {@code m.}, {@code amp.} and {@code www.}
	 * dropped, so that the variants of a site are one site.
	 */
	static String siteOf(String url) {
		String host = URI.create(url).getHost();
		if (host == null) {
			return "";
		}
		host = host.toLowerCase(Locale.ROOT);
		return host.replaceFirst("^(www|m|mobile|amp)\\.", "");
	}

	private static String query(@Nullable String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return "";
		}
		List<String> kept = new ArrayList<>();
		for (String pair : rawQuery.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
			if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
				kept.add(pair);
			}
		}
		return String.join("&", kept);
	}

}
