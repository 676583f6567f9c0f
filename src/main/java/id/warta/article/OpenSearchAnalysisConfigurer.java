package id.warta.article;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * OpenSearch's analyzer of the text fields: the chain of {@link PreAnalyzedText#READER},
 * filter for filter, made of the filters OpenSearch ships, so that it indexes the terms
 * Warta's analysis wrote exactly as the embedded backend does.
 */
class OpenSearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.analyzer(SearchFields.ANALYZER)
			.custom()
			.tokenizer("warta_whitespace")
			.tokenFilters("warta_parts", "warta_empty", "warta_space");
		context.tokenizer("warta_whitespace")
			.type("whitespace")
			.param("max_token_length", PreAnalyzedText.MAX_TERM_LENGTH);
		context.tokenFilter("warta_parts")
			.type("pattern_capture")
			.param("preserve_original", false)
			.param("patterns", new String[] { PreAnalyzedText.PART });
		context.tokenFilter("warta_empty")
			.type("stop")
			.param("stopwords", new String[] { String.valueOf(PreAnalyzedText.STACK) });
		context.tokenFilter("warta_space")
			.type("pattern_replace")
			.param("pattern", String.valueOf(PreAnalyzedText.SPACE))
			.param("replacement", " ");
	}

}
