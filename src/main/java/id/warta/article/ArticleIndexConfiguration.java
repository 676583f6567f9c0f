package id.warta.article;

import java.util.Locale;
import java.util.Map;

import org.apache.lucene.util.Version;
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
		String coordination = environment.getProperty("warta.search.coordination", "none").strip();
		if (coordination.equals("outbox-polling")) {
			// Each article indexed once, by one node, from an outbox table that all nodes
			// poll: a saved article is searchable a moment later, on every node.
			properties.put("hibernate.search.coordination.strategy", "outbox-polling");
		}
		else if (coordination.equals("none")) {
			// A saved article is searchable when its transaction returns; Lucene writes
			// its changes to disk once a second (commit_interval) rather than with an
			// fsync per save. An index that falls short after a crash is rebuilt from the
			// database at start.
			properties.putIfAbsent("hibernate.search.indexing.plan.synchronization.strategy", "read-sync");
		}
		else {
			throw new IllegalArgumentException(
					"warta.search.coordination must be none or outbox-polling, not \"" + coordination + "\"");
		}
		if (backend == SearchBackend.LUCENE) {
			properties.putIfAbsent(PREFIX + "type", "lucene");
			properties.putIfAbsent(PREFIX + "lucene_version", Version.LATEST.toString());
			properties.putIfAbsent(PREFIX + "directory.root",
					environment.getProperty("warta.data-dir", "./data") + "/index");
			properties.put(PREFIX + "analysis.configurer", new IndonesianAnalysisConfigurer());
			return;
		}
		properties.put(PREFIX + "type", "elasticsearch");
		// Hibernate Search takes addresses without a path: "http://host:9200", not
		// "…:9200/".
		String uris = environment.getProperty("warta.search.opensearch.uris", "http://localhost:9200");
		properties.put(PREFIX + "uris", uris.strip().replaceAll("/+(?=,|$)", ""));
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
