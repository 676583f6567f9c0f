package id.warta.article;

import id.warta.language.AliasAnalyzer;
import id.warta.language.IndexAnalyzer;
import id.warta.language.IndonesianAnalyzer;
import id.warta.language.WordPairAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Registers the language module's analyzers under the names that the article mapping uses
 * ({@link SearchFields}): {@link IndexAnalyzer} for the index, the terms of the
 * {@code analyze} command with abbreviations in capitals marked, the query analyzer that
 * adds aliases to it, and the word pairs for phrases. Handed to Hibernate Search as an
 * instance by {@link ArticleIndexConfiguration}, so that the tie is an import, not a
 * class name in a property file.
 */
class IndonesianAnalysisConfigurer implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(SearchFields.ANALYZER).instance(new IndexAnalyzer());
		context.analyzer(SearchFields.QUERY_ANALYZER).instance(AliasAnalyzer.standard());
		context.analyzer(SearchFields.PAIRS_ANALYZER).instance(new WordPairAnalyzer(new IndonesianAnalyzer()));
	}

}
