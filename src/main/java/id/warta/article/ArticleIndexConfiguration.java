package id.warta.article;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * Where articles are indexed and how their text is analysed: the embedded Lucene index
 * under the data folder, or an OpenSearch cluster
 * ({@code warta.search.backend=opensearch} with {@code warta.search.opensearch.uris}),
 * each with the analyzer that reads the terms Warta's analysis wrote. Public so that test
 * slices without component scanning ({@code @DataJpaTest}) can import it.
 */
@Configuration(proxyBeanMethods = false)
public class ArticleIndexConfiguration {

	static final String PREFIX = "hibernate.search.backend.";

	/** First, so that the other customizers see the backend's settings. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	HibernatePropertiesCustomizer searchBackend(Environment environment) {
		SearchBackend backend = SearchBackend.of(environment.getProperty("warta.search.backend", "lucene"));
		return (properties) -> configure(properties, backend, environment);
	}

	static void configure(Map<String, Object> properties, SearchBackend backend, Environment environment) {
		if (backend == SearchBackend.LUCENE) {
			properties.put(PREFIX + "analysis.configurer", new IndonesianAnalysisConfigurer());
			return;
		}
		// The embedded backend's settings mean nothing to OpenSearch.
		properties.keySet()
			.removeIf((key) -> key.startsWith(PREFIX + "lucene_version") || key.startsWith(PREFIX + "directory.")
					|| key.startsWith(PREFIX + "io."));
		properties.put(PREFIX + "type", "elasticsearch");
		properties.put(PREFIX + "uris",
				environment.getProperty("warta.search.opensearch.uris", "http://localhost:9200"));
		putIfSet(properties, PREFIX + "username", environment.getProperty("warta.search.opensearch.username"));
		putIfSet(properties, PREFIX + "password", environment.getProperty("warta.search.opensearch.password"));
		// One shard: BM25 scores from the statistics of all articles, as the embedded
		// index has.
		properties.put(PREFIX + "schema_management.settings_file", "opensearch/article-index-settings.json");
		properties.put(PREFIX + "analysis.configurer", new OpenSearchAnalysisConfigurer());
	}

	private static void putIfSet(Map<String, Object> properties, String key, String value) {
		if (value != null && !value.isBlank()) {
			properties.put(key, value);
		}
	}

	/** The search backends Warta runs on. */
	public enum SearchBackend {

		/** Hibernate Search's Lucene backend: an index under the data folder. */
		LUCENE,

		/** Hibernate Search's Elasticsearch backend against OpenSearch 2.x. */
		OPENSEARCH;

		static SearchBackend of(String name) {
			try {
				return valueOf(name.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(
						"warta.search.backend must be lucene or opensearch, not \"" + name + "\"", ex);
			}
		}

	}

}
