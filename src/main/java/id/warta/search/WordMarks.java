package id.warta.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.warta.language.Acronyms;
import id.warta.language.AliasAnalyzer;
import id.warta.language.IndonesianAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * Marks the words of a text that a query matches, as the index would match them: the
 * query's words, phrases and aliases by the query analyzer, each word of the text by the
 * index's analyzer. A phrase ("Korea Utara", or the alias that "Korut" stands for) is
 * marked where its words follow each other, not word by word. Article titles in results
 * and articles opened from a search show their matches this way.
 */
class WordMarks {

	/** Readings of one phrase or word that are marked, at most. */
	private static final int MAX_READINGS = 64;

	/** Term sequences marked for one query, at most. */
	private static final int MAX_PHRASES = 256;

	/** What the query parser reads as one unit: a quoted phrase or a word. */
	private static final Pattern UNIT = Pattern.compile("(^|\\s)(-?)(\"[^\"]*\"?|[^\\s\"]+)");

	private final Analyzer queryAnalyzer = AliasAnalyzer.standard();

	private final Analyzer textAnalyzer = new IndonesianAnalyzer();

	private final QueryAliases aliases;

	WordMarks(QueryAliases aliases) {
		this.aliases = aliases;
	}

	/**
	 * The term sequences that the query looks for, aliases included: one per word, per
	 * phrase and per alias of either. Excluded words and phrases are left out.
	 */
	List<List<String>> phrases(String query) {
		Set<List<String>> phrases = new LinkedHashSet<>();
		Matcher unit = UNIT.matcher(this.aliases.quoteNames(query));
		while (unit.find()) {
			if (unit.group(2).isEmpty()) {
				paths(unit.group(3).replaceAll("[\"()|+*~]", " "), phrases);
			}
		}
		return List.copyOf(phrases);
	}

	/**
	 * Every index term the query looks for, aliases included.
	 */
	Set<String> terms(String query) {
		Set<String> terms = new LinkedHashSet<>();
		phrases(query).forEach(terms::addAll);
		return terms;
	}

	private void paths(String text, Set<List<String>> phrases) {
		try (TokenStream stream = this.queryAnalyzer.tokenStream("", text)) {
			Iterator<TokenStream> paths = new GraphTokenStreamFiniteStrings(stream).getFiniteStrings();
			// Aliases multiply the readings of a phrase: its first ones are enough to
			// mark.
			for (int read = 0; read < MAX_READINGS && phrases.size() < MAX_PHRASES && paths.hasNext(); read++) {
				List<String> phrase = new ArrayList<>();
				TokenStream path = paths.next();
				CharTermAttribute term = path.addAttribute(CharTermAttribute.class);
				path.reset();
				while (path.incrementToken()) {
					phrase.add(term.toString());
				}
				if (!phrase.isEmpty()) {
					phrases.add(List.copyOf(phrase));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The text in segments: each run of words that holds one of {@code phrases} marked,
	 * runs that only a space parts made one.
	 */
	List<TextSegment> mark(String text, List<List<String>> phrases) {
		if (phrases.isEmpty()) {
			return TextSegment.plain(text);
		}
		List<Word> words = words(text);
		boolean[] marked = new boolean[words.size()];
		for (List<String> phrase : phrases) {
			for (int i = 0; i + phrase.size() <= words.size(); i++) {
				boolean match = true;
				for (int k = 0; k < phrase.size() && match; k++) {
					match = words.get(i + k).matches(phrase.get(k), text);
				}
				if (match) {
					java.util.Arrays.fill(marked, i, i + phrase.size(), true);
				}
			}
		}
		// A joined hyphenated word comes with its parts, whose offsets lie inside its
		// own:
		// a run ends where the text has more than space before the next word.
		List<TextSegment> segments = new ArrayList<>();
		int done = 0;
		for (int i = 0; i < words.size(); i++) {
			if (!marked[i]) {
				continue;
			}
			int start = Math.max(words.get(i).start(), done);
			int runEnd = Math.max(words.get(i).end(), start);
			int end = i;
			while (end + 1 < words.size() && marked[end + 1]) {
				Word next = words.get(end + 1);
				if (next.start() > runEnd && !text.substring(runEnd, next.start()).isBlank()) {
					break;
				}
				runEnd = Math.max(runEnd, next.end());
				end++;
			}
			if (start > done) {
				segments.add(new TextSegment(text.substring(done, start), false));
			}
			if (runEnd > start) {
				segments.add(new TextSegment(text.substring(start, runEnd), true));
			}
			done = runEnd;
			i = end;
		}
		if (done < text.length()) {
			segments.add(new TextSegment(text.substring(done), false));
		}
		return segments;
	}

	private List<Word> words(String text) {
		List<Word> words = new ArrayList<>();
		try (TokenStream stream = this.textAnalyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

	private record Word(String term, int start, int end) {

		/** Whether the word is the term: a marked term only if written in capitals. */
		boolean matches(String term, String text) {
			if (Acronyms.isMarked(term)) {
				return Acronyms.plain(term).equals(this.term)
						&& Acronyms.isAcronym(text.substring(this.start, this.end));
			}
			return term.equals(this.term);
		}

	}

}
