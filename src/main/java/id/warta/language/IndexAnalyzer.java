package id.warta.language;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;

/**
 * The analyzer of the index's text: {@link IndonesianAnalyzer}'s terms, the very ones the
 * {@code analyze} command prints, and beside each abbreviation of the aliases written in
 * capitals its marked term ({@link Acronyms}), which the aliases of a query look for.
 */
public final class IndexAnalyzer extends AnalyzerWrapper {

	private final Analyzer terms;

	private final Acronyms acronyms;

	/**
	 * The index analyzer over {@link IndonesianAnalyzer} with the abbreviations of
	 * {@link SearchAliases#standard()}.
	 */
	public IndexAnalyzer() {
		this(new IndonesianAnalyzer(), SearchAliases.standard().acronyms());
	}

	IndexAnalyzer(Analyzer terms, Acronyms acronyms) {
		super(Analyzer.PER_FIELD_REUSE_STRATEGY);
		this.terms = terms;
		this.acronyms = acronyms;
	}

	@Override
	protected Analyzer getWrappedAnalyzer(String fieldName) {
		return this.terms;
	}

	@Override
	protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
		return new TokenStreamComponents(components.getSource(),
				new AcronymMarkFilter(components.getTokenStream(), this.acronyms, AcronymMarkFilter.Mode.INDEX));
	}

}
