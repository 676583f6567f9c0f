package id.warta.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

import id.warta.language.IndexAnalyzer;
import id.warta.language.IndonesianAnalyzer;
import id.warta.language.WordPairAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.pattern.PatternCaptureGroupTokenFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * Text analysed by Warta, written as the terms it made, for a search engine that cannot
 * run Warta's analysis (OpenSearch runs no lemmatizer with learned roots): both backends
 * index these strings and split them with the same chain of Lucene's own filters, so that
 * the embedded index and OpenSearch hold the same terms at the same positions.
 * <p>
 * The format: terms separated by spaces; terms at one position (a word and its marked
 * abbreviation) joined by {@value #STACK}; a position left empty (a stop word) written as
 * a lone {@value #STACK}; a space inside a term (a word pair) written as a no-break
 * space. The chain that reads it: a whitespace tokenizer, a capture of each part between
 * {@value #STACK}s (Lucene's {@link PatternCaptureGroupTokenFilter} puts the parts at one
 * position), a stop filter that drops the empty positions and keeps their gaps, and a
 * replacement of the no-break space.
 */
public final class PreAnalyzedText {

	/** Joins the terms of one position; alone, an empty position. */
	static final char STACK = '|';

	/** Stands for a space inside a term. */
	static final char SPACE = '\u00a0';

	/** The longest term read: a pair of two of the longest words, with room. */
	static final int MAX_TERM_LENGTH = 1024;

	static final String PART = "([^|]+)";

	/** Positions between two values of one field, as OpenSearch's text fields have. */
	static final int POSITION_GAP = 100;

	private static final Pattern PART_PATTERN = Pattern.compile(PART);

	private static final Pattern SPACE_PATTERN = Pattern.compile(String.valueOf(SPACE));

	private static final CharArraySet EMPTY_POSITION = new CharArraySet(List.of(String.valueOf(STACK)), false);

	/** The analyzer that reads pre-analysed text, for the embedded backend. */
	static final Analyzer READER = new Analyzer() {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new WhitespaceTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, MAX_TERM_LENGTH);
			TokenStream stream = new PatternCaptureGroupTokenFilter(source, false, PART_PATTERN);
			stream = new StopFilter(stream, EMPTY_POSITION);
			stream = new PatternReplaceFilter(stream, SPACE_PATTERN, " ", true);
			return new TokenStreamComponents(source, stream);
		}

		@Override
		public int getPositionIncrementGap(String fieldName) {
			return POSITION_GAP;
		}

	};

	private PreAnalyzedText() {
	}

	/**
	 * The terms an analyzer makes of a text, in this format.
	 */
	public static String write(Analyzer analyzer, String text) {
		StringBuilder written = new StringBuilder(text.length());
		try (TokenStream stream = analyzer.tokenStream(SearchFields.TEXT, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			boolean first = true;
			while (stream.incrementToken()) {
				int step = increment.getPositionIncrement();
				if (step == 0 && !first) {
					written.append(STACK);
				}
				else {
					// A first token stands at position increment - 1.
					emptyPositions(written, step - 1);
					if (written.length() > 0) {
						written.append(' ');
					}
				}
				appendTerm(written, term);
				first = false;
			}
			stream.end();
			emptyPositions(written, increment.getPositionIncrement());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return written.toString();
	}

	/**
	 * A phrase of terms at given positions (each term's position, from 0; several terms
	 * at one position are alternatives), in this format: what a phrase query of the
	 * reading chain finds at those positions.
	 */
	public static String phrase(List<List<String>> termsByPosition) {
		StringBuilder written = new StringBuilder();
		for (List<String> terms : termsByPosition) {
			if (written.length() > 0) {
				written.append(' ');
			}
			if (terms.isEmpty()) {
				written.append(STACK);
				continue;
			}
			for (int i = 0; i < terms.size(); i++) {
				if (i > 0) {
					written.append(STACK);
				}
				appendTerm(written, terms.get(i));
			}
		}
		return written.toString();
	}

	private static void emptyPositions(StringBuilder written, int count) {
		for (int i = 0; i < count; i++) {
			if (written.length() > 0) {
				written.append(' ');
			}
			written.append(STACK);
		}
	}

	private static void appendTerm(StringBuilder written, CharSequence term) {
		for (int i = 0; i < term.length(); i++) {
			char c = term.charAt(i);
			// No analyzer of Warta's makes a term with a bar or a space other than a
			// pair's; any other would be split, so it is written as the pair's space.
			written.append((c == STACK) ? SPACE : Character.isWhitespace(c) ? SPACE : c);
		}
	}

	/**
	 * Title and body as {@link IndexAnalyzer} reads them: the terms of
	 * {@link SearchFields#TEXT}.
	 */
	public static final class Terms implements ValueBridge<String, String> {

		private static final Analyzer ANALYZER = new IndexAnalyzer();

		@Override
		public String toIndexedValue(String value, ValueBridgeToIndexedValueContext context) {
			return (value != null) ? write(ANALYZER, value) : null;
		}

	}

	/** Title and body as word pairs: the terms of {@link SearchFields#TEXT_PAIRS}. */
	public static final class Pairs implements ValueBridge<String, String> {

		private static final Analyzer ANALYZER = new WordPairAnalyzer(new IndonesianAnalyzer());

		@Override
		public String toIndexedValue(String value, ValueBridgeToIndexedValueContext context) {
			return (value != null) ? write(ANALYZER, value) : null;
		}

	}

}
