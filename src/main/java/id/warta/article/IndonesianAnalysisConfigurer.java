package id.warta.article;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The embedded backend's analyzer of the text fields: the reader of the terms that
 * Warta's analysis wrote ({@link PreAnalyzedText}), the same chain that
 * {@link OpenSearchAnalysisConfigurer} defines in OpenSearch. Handed to Hibernate Search
 * as an instance by {@link ArticleIndexConfiguration}, so that the tie is an import, not
 * a class name in a property file.
 */
class IndonesianAnalysisConfigurer implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(SearchFields.ANALYZER).instance(PreAnalyzedText.READER);
	}

}
