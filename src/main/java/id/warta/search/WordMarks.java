package id.warta.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Marks the words of a text that a query matches, as the index would match them: the
 * query's terms and aliases by the query analyzer, each word of the text by the index's
 * analyzer. An article opened from a search shows its matches this way.
 */
class WordMarks {

	/** Excluded words and phrases: they are not what the reader looks for. */
	private static final String EXCLUDED = "(^|\\s)-(\"[^\"]*\"?|\\S+)";

	private final Analyzer queryAnalyzer = AliasAnalyzer.standard();

	private final Analyzer textAnalyzer = new IndonesianAnalyzer();

	/**
	 * The index terms that the query looks for, aliases included.
	 */
	Set<String> terms(String query) {
		String wanted = query.replaceAll(EXCLUDED, " ").replaceAll("[\"()|+*~]", " ");
		Set<String> terms = new HashSet<>();
		analyze(this.queryAnalyzer, wanted, (term, start, end) -> terms.add(term));
		return terms;
	}

	/**
	 * The text in segments, the words whose term is one of {@code terms} marked.
	 */
	List<TextSegment> mark(String text, Set<String> terms) {
		if (terms.isEmpty()) {
			return TextSegment.plain(text);
		}
		List<TextSegment> segments = new ArrayList<>();
		int[] done = { 0 };
		analyze(this.textAnalyzer, text, (term, start, end) -> {
			if (terms.contains(term) && start >= done[0]) {
				if (start > done[0]) {
					segments.add(new TextSegment(text.substring(done[0], start), false));
				}
				segments.add(new TextSegment(text.substring(start, end), true));
				done[0] = end;
			}
		});
		if (done[0] < text.length()) {
			segments.add(new TextSegment(text.substring(done[0]), false));
		}
		return segments;
	}

	private static void analyze(Analyzer analyzer, String text, TermSink sink) {
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				sink.accept(term.toString(), offset.startOffset(), offset.endOffset());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FunctionalInterface
	private interface TermSink {

		void accept(String term, int start, int end);

	}

}
