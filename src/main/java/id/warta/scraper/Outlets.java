package id.warta.scraper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One outlet, one name: maps the hosts and the names pages give (section brands such as
 * "detikNews", company names such as "Kompas Cyber Media") to the outlet's name. The
 * mapping is data, in {@code outlets.txt} beside this class.
 */
final class Outlets {

	private static final Map<String, String> BY_HOST = new HashMap<>();

	private static final Map<String, String> BY_NAME = new HashMap<>();

	static {
		try (InputStream in = Outlets.class.getResourceAsStream("outlets.txt")) {
			if (in == null) {
				throw new IllegalStateException("outlets.txt is missing");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				int eq = line.indexOf(" = ");
				if (line.startsWith("#") || eq < 0) {
					continue;
				}
				String key = line.substring(0, eq).strip();
				String outlet = line.substring(eq + 3).strip();
				if (key.matches("[\\w.-]+\\.[a-z]{2,}(/[\\w/-]+)?")) {
					BY_HOST.put(key.toLowerCase(Locale.ROOT), outlet);
				}
				BY_NAME.put(nameKey(key), outlet);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Outlets() {
	}

	/** The outlet a page's address belongs to, if the host is known. */
	static Optional<String> forUrl(@Nullable URI url) {
		if (url == null || url.getHost() == null) {
			return Optional.empty();
		}
		String host = url.getHost().toLowerCase(Locale.ROOT);
		String path = (url.getPath() != null) ? url.getPath().toLowerCase(Locale.ROOT) : "";
		for (String h = host; h.contains("."); h = h.substring(h.indexOf('.') + 1)) {
			int slash = path.indexOf('/', 1);
			String firstSegment = (slash > 0) ? path.substring(0, slash) : path;
			String withPath = BY_HOST.get(h + firstSegment);
			if (!firstSegment.isEmpty() && withPath != null) {
				return Optional.of(withPath);
			}
			String outlet = BY_HOST.get(h);
			if (outlet != null) {
				return Optional.of(outlet);
			}
		}
		return Optional.empty();
	}

	/** The outlet's own name for a name a page gives, if known. */
	static Optional<String> forName(@Nullable String name) {
		return (name == null) ? Optional.empty() : Optional.ofNullable(BY_NAME.get(nameKey(name)));
	}

	private static String nameKey(String name) {
		StringBuilder key = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				key.append(Character.toLowerCase(c));
			}
		}
		return key.toString();
	}

}
