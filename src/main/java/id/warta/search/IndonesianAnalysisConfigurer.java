package id.warta.search;

import id.warta.article.SearchFields;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Registers {@link IndonesianAnalyzer} with the Lucene backend, so that the index uses
 * the very instance type that the {@code analyze} command runs, and the query analyzer
 * that adds aliases to it ({@link AliasAnalyzer}).
 */
public class IndonesianAnalysisConfigurer implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(SearchFields.ANALYZER).instance(new IndonesianAnalyzer());
		context.analyzer(SearchFields.QUERY_ANALYZER).instance(AliasAnalyzer.standard());
		context.analyzer(SearchFields.PAIRS_ANALYZER).instance(new WordPairAnalyzer(new IndonesianAnalyzer()));
	}

}
