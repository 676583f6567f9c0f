package id.warta.language;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;

/**
 * The terms of {@link IndonesianAnalyzer} taken two by two ("korea utara"), for the
 * fields that answer quoted phrases: a phrase of two words is then one term to look up
 * instead of two position lists to walk side by side, which for common words means every
 * article. Where a stop word was dropped between two words, the pair holds a filler
 * ({@value #FILLER}) in its place, so that no pair joins words that were not next to each
 * other.
 */
public final class WordPairAnalyzer extends AnalyzerWrapper {

	static final char SEPARATOR = ' ';

	private final Analyzer terms;

	public WordPairAnalyzer(Analyzer terms) {
		super(Analyzer.PER_FIELD_REUSE_STRATEGY);
		this.terms = terms;
	}

	/**
	 * The pair term of two adjacent terms, as this analyzer indexes it.
	 */
	public static String pair(String first, String second) {
		return first + SEPARATOR + second;
	}

	@Override
	protected Analyzer getWrappedAnalyzer(String fieldName) {
		return this.terms;
	}

	@Override
	protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
		return new TokenStreamComponents(components.getSource(), new WordPairFilter(components.getTokenStream()));
	}

}
