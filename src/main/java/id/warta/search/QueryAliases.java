package id.warta.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.warta.language.SearchAliases;
import org.springframework.stereotype.Component;

/**
 * Keeps multi-word aliases together in query text. The query parser splits text at spaces
 * before the analyzer sees it, so "Korea Utara" would reach the alias filter as "Korea"
 * and "Utara" and never match "Korut"; quoting the name ({@code "Korea Utara"}) hands it
 * to the analyzer whole.
 */
@Component
class QueryAliases {

	/** Longest alias name, in words. */
	private static final int MAX_WORDS = 6;

	/** Quoted phrases (kept as they are), or single words with what precedes them. */
	private static final Pattern CHUNK = Pattern.compile("-?\"[^\"]*\"?|\\S+");

	/** A word that is only a word: no operator, quote or wildcard. */
	private static final Pattern PLAIN = Pattern.compile("-?[\\p{L}\\p{N}][\\p{L}\\p{N}.'\\-]*");

	private final Set<String> names;

	QueryAliases() {
		this(readNames());
	}

	QueryAliases(Set<String> names) {
		this.names = names;
	}

	/**
	 * The query with every alias name of a group that has a multi-word name in quotes,
	 * when it stands among plain words; an exclusion before the first word
	 * ({@code -Korea Utara}) excludes the whole name.
	 */
	String quoteNames(String query) {
		List<String> chunks = new ArrayList<>();
		Matcher matcher = CHUNK.matcher(query);
		while (matcher.find()) {
			chunks.add(matcher.group());
		}
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < chunks.size()) {
			int words = longestName(chunks, i);
			String chunk;
			if (words > 0) {
				String joined = String.join(" ", chunks.subList(i, i + words));
				boolean excluded = joined.startsWith("-");
				chunk = (excluded ? "-\"" + joined.substring(1) : "\"" + joined) + "\"";
				i += words;
			}
			else {
				chunk = chunks.get(i++);
			}
			out.append(out.isEmpty() ? "" : " ").append(chunk);
		}
		return out.toString();
	}

	private int longestName(List<String> chunks, int from) {
		int longest = 0;
		StringBuilder joined = new StringBuilder();
		for (int n = 0; n < MAX_WORDS && from + n < chunks.size(); n++) {
			String word = chunks.get(from + n);
			if (!PLAIN.matcher(word).matches() || (n > 0 && word.startsWith("-"))) {
				break;
			}
			joined.append((n > 0) ? " " : "").append((n == 0 && word.startsWith("-")) ? word.substring(1) : word);
			if (this.names.contains(normalise(joined.toString()))) {
				longest = n + 1;
			}
		}
		return longest;
	}

	/**
	 * A name as compared: lower case, without accents, words separated by one space.
	 */
	static String normalise(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	private static Set<String> readNames() {
		Set<String> names = new HashSet<>();
		// Only groups with a multi-word name: quoting the others would change nothing.
		for (List<String> group : SearchAliases.standard().groups()) {
			List<String> normalised = group.stream().map(QueryAliases::normalise).toList();
			if (normalised.stream().anyMatch((name) -> name.contains(" "))) {
				names.addAll(normalised);
			}
		}
		return Set.copyOf(names);
	}

}
