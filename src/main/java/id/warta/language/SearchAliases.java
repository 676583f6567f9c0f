package id.warta.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import id.warta.language.names.Gazetteer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The names that searches treat as one: the gazetteer's entities (each name with its
 * aliases) and the few words of {@value #WORDS} that are no entity (KTT, summit,
 * Konferensi Tingkat Tinggi). Names that the analyzer cannot read as one unbroken run of
 * terms (a stop word inside, nothing left) are left out, so every group is usable.
 */
public final class SearchAliases {

	/** Aliases of words that are no entity, on the class path. */
	public static final String WORDS = "/id/warta/language/aliases-id.txt";

	private static final SearchAliases STANDARD = new SearchAliases(Gazetteer.standard(), readWords(),
			new IndonesianAnalyzer());

	private final List<List<String>> groups;

	private final Acronyms acronyms;

	SearchAliases(Gazetteer gazetteer, List<String> wordLines, Analyzer analyzer) {
		List<List<String>> groups = new ArrayList<>();
		for (String line : wordLines) {
			List<String> names = Arrays.stream(line.split(",|=>"))
				.map(String::strip)
				.filter((n) -> !n.isEmpty())
				.toList();
			groups.add(names);
		}
		groups.addAll(gazetteer.aliasGroups());
		this.groups = groups.stream()
			.map((group) -> group.stream().filter((name) -> readsWhole(name, analyzer)).distinct().toList())
			.filter((group) -> group.size() > 1)
			.toList();
		this.acronyms = new Acronyms(this.groups.stream()
			.flatMap(List::stream)
			.filter((name) -> Acronyms.isAcronym(name) && name.chars().allMatch(Character::isLetter))
			.map((name) -> soleTerm(name, analyzer))
			.filter((term) -> term != null)
			.distinct()
			.toList());
	}

	/**
	 * The aliases of the shipped gazetteer and word list.
	 */
	public static SearchAliases standard() {
		return STANDARD;
	}

	/**
	 * Each group of names that stand for each other.
	 */
	public List<List<String>> groups() {
		return this.groups;
	}

	/**
	 * The abbreviations among the names, which stand for the others only when written in
	 * capitals.
	 */
	public Acronyms acronyms() {
		return this.acronyms;
	}

	/**
	 * The groups in Solr's synonym format, for {@link AliasAnalyzer}: the names of a
	 * group that hold no other name of it are equal ("AS, Amerika Serikat, US"); a name
	 * that holds a shorter one is searched for as the shorter ones ("Vladimir Putin =>
	 * Putin"), which find it anyway. An abbreviation typed in lower case stands for the
	 * group as well ("pbb => pbb, PBB, UN, …"); read by {@link AliasAnalyzer}, the names
	 * in capitals find only the abbreviation, and a name-cased word ("Un") none of them.
	 */
	public String solrSynonyms() {
		StringBuilder lines = new StringBuilder();
		for (List<String> group : this.groups) {
			List<String> shortest = group.stream().filter((name) -> !holdsAnother(name, group)).toList();
			if (shortest.size() > 1) {
				lines.append(String.join(", ", shortest.stream().map(SearchAliases::escape).toList())).append('\n');
			}
			for (String name : group) {
				// A name that holds an abbreviation, typed in lower case ("pbb",
				// "dewan keamanan pbb"), stands for its group too.
				if (holdsAcronym(name) && !shortest.isEmpty() && group.size() > 1) {
					lines.append(words(name))
						.append(" => ")
						.append(words(name))
						.append(", ")
						.append(String.join(", ", shortest.stream().map(SearchAliases::escape).toList()))
						.append('\n');
				}
			}
			for (String name : group) {
				if (holdsAnother(name, group) && !shortest.isEmpty()) {
					lines.append(escape(name))
						.append(" => ")
						.append(String.join(", ", shortest.stream().map(SearchAliases::escape).toList()))
						.append('\n');
				}
			}
		}
		return lines.toString();
	}

	private boolean holdsAcronym(String name) {
		for (String word : name.split("[^\\p{L}\\p{N}]+")) {
			if (Acronyms.isAcronym(word) && this.acronyms.contains(word.toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

	private static boolean holdsAnother(String name, List<String> group) {
		String own = words(name);
		String padded = " " + own + " ";
		// Spellings of the same words ("Guinea-Bissau", "Guinea Bissau") hold no other
		// name.
		return group.stream()
			.map(SearchAliases::words)
			.anyMatch((other) -> !other.equals(own) && padded.contains(" " + other + " "));
	}

	private static String words(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	/** Solr's synonym format gives commas and "=>" a meaning; names hold neither. */
	private static String escape(String name) {
		return name.replace("\\", "\\\\").replace(",", "\\,").replace("=>", "\\=>");
	}

	/** The one term the analyzer makes of a name, or {@code null}. */
	private static String soleTerm(String name, Analyzer analyzer) {
		try (TokenStream stream = analyzer.tokenStream("", new StringReader(name))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			String sole = stream.incrementToken() ? term.toString() : null;
			boolean more = stream.incrementToken();
			stream.end();
			return more ? null : sole;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether the analyzer reads the name as an unbroken run of at least one term. */
	private static boolean readsWhole(String name, Analyzer analyzer) {
		try (TokenStream stream = analyzer.tokenStream("", new StringReader(name))) {
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			int terms = 0;
			while (stream.incrementToken()) {
				if (increment.getPositionIncrement() != 1 || (terms == 0 && increment.getPositionIncrement() == 0)) {
					return false;
				}
				terms++;
			}
			stream.end();
			return terms > 0 && increment.getPositionIncrement() <= 1;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> readWords() {
		try (InputStream in = SearchAliases.class.getResourceAsStream(WORDS)) {
			if (in == null) {
				throw new IllegalStateException("Alias file " + WORDS + " is missing");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			return reader.lines().filter((line) -> !line.isBlank() && !line.strip().startsWith("#")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
