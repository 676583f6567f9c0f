package id.warta.language.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The wire agencies and outlets that articles credit, one name each, from the data file
 * {@value #RESOURCE}: "ANTARA", "Antara News" and "antaranews.com" are all Antara;
 * "tass.ru" is TASS; "cnbcindonesia.com" is CNBC Indonesia.
 */
public final class Agencies {

	static final String RESOURCE = "/id/warta/language/agencies-id.tsv";

	private static final Agencies STANDARD = read(RESOURCE);

	private final Map<String, Agency> byKey;

	private final Map<String, Agency> byHost;

	private final Map<String, Agency> bySlug;

	private final List<String> names;

	private Agencies(Map<String, Agency> byKey, Map<String, Agency> byHost, Map<String, Agency> bySlug,
			List<String> names) {
		this.byKey = byKey;
		this.byHost = byHost;
		this.bySlug = bySlug;
		this.names = names;
	}

	/**
	 * The agencies of the shipped data file.
	 */
	public static Agencies standard() {
		return STANDARD;
	}

	/**
	 * The agency that a credit names, if the data file lists it.
	 * @param cited a name or host as an article writes it
	 */
	public Optional<Agency> find(String cited) {
		String trimmed = cited.strip();
		Agency agency = this.byKey.get(key(trimmed));
		if (agency == null && isHost(trimmed)) {
			String host = host(trimmed);
			while (agency == null && host.contains(".")) {
				agency = this.byHost.get(host);
				host = host.substring(host.indexOf('.') + 1);
			}
		}
		return Optional.ofNullable(agency);
	}

	/**
	 * The agency that a credit names: the listed one, or else one of the credit's own
	 * name.
	 */
	public Agency normalise(String cited) {
		return find(cited).orElseGet(() -> {
			String name = cited.strip().replaceAll("\\s+", " ");
			return new Agency(Slugs.of(name), name, false, false);
		});
	}

	/**
	 * The listed agency with this URL key.
	 */
	public Optional<Agency> bySlug(String slug) {
		return Optional.ofNullable(this.bySlug.get(slug));
	}

	/**
	 * Every name and alias of the file that is not a host, as written there: the names
	 * that an article may credit without a citing verb ("Tass melaporkan").
	 */
	public List<String> names() {
		return this.names;
	}

	/**
	 * A name as compared: lower case, no accents, no "the" or "kantor berita", letters
	 * and digits only.
	 */
	static String key(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		String lower = ascii.toLowerCase(Locale.ROOT).strip();
		lower = lower.replaceFirst("^(?:the|kantor berita|news agency|agensi berita)\\s+", "");
		return lower.replaceAll("[^a-z0-9]+", "");
	}

	private static boolean isHost(String text) {
		return text.indexOf(' ') < 0 && text.indexOf('.') > 0;
	}

	private static String host(String text) {
		String host = text.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "");
		int slash = host.indexOf('/');
		if (slash >= 0) {
			host = host.substring(0, slash);
		}
		return host.replaceFirst("^www\\.", "");
	}

	static Agencies read(String resource) {
		try (InputStream in = Agencies.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing agency file " + resource);
			}
			return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads the agency file's format.
	 * @throws IllegalArgumentException naming the line that is not in it
	 */
	static Agencies parse(BufferedReader reader) throws IOException {
		Map<String, Agency> byKey = new HashMap<>();
		Map<String, Agency> byHost = new HashMap<>();
		Map<String, Agency> bySlug = new LinkedHashMap<>();
		List<String> names = new ArrayList<>();
		String line;
		int number = 0;
		while ((line = reader.readLine()) != null) {
			number++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] columns = line.split("\t", -1);
			if (columns.length != 4 || columns[0].isBlank() || columns[1].isBlank()
					|| !(columns[2].equals("wire") || columns[2].equals("outlet"))) {
				throw new IllegalArgumentException("Agency file, line " + number + ": not slug, name, kind, aliases");
			}
			Agency agency = new Agency(columns[0].strip(), columns[1].strip(), columns[2].equals("wire"), true);
			if (bySlug.put(agency.slug(), agency) != null) {
				throw new IllegalArgumentException("Agency file, line " + number + ": slug given twice");
			}
			List<String> all = new ArrayList<>();
			all.add(agency.name());
			for (String alias : columns[3].split(",")) {
				if (!alias.isBlank()) {
					all.add(alias.strip());
				}
			}
			for (String name : all) {
				Agency before = isHost(name) ? byHost.put(host(name), agency) : null;
				Agency other = byKey.put(key(name), agency);
				if ((before != null && before != agency) || (other != null && other != agency)) {
					throw new IllegalArgumentException(
							"Agency file, line " + number + ": '" + name + "' names another agency too");
				}
				if (!isHost(name)
						|| !name.matches(".*\\.(com|net|org|co\\.id|id|ru|cn|kp|jp|kr|ps|ir|it|tr|ph|vn|au|uk)")) {
					names.add(name);
				}
			}
		}
		return new Agencies(Map.copyOf(byKey), Map.copyOf(byHost), Collections.unmodifiableMap(bySlug),
				List.copyOf(names));
	}

}
