package id.warta.story;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import id.warta.article.SearchFields;
import id.warta.search.SearchEngine;
import jakarta.persistence.EntityManager;
import org.apache.lucene.search.Query;
import org.hibernate.search.mapper.orm.Search;

/**
 * A read of an index that Lucene cannot open here (OpenSearch), through the backend's
 * queries: each frequency is asked once per read, those of a placement together.
 */
final class EngineRead implements IndexRead {

	private final SearchEngine engine;

	private final EntityManager entityManager;

	private final long articles;

	private final Map<String, Long> terms = new HashMap<>();

	private final Map<String, Long> entities = new HashMap<>();

	EngineRead(SearchEngine engine, EntityManager entityManager) {
		this.engine = engine;
		this.entityManager = entityManager;
		this.articles = engine.articles(Search.session(entityManager));
	}

	@Override
	public long articles() {
		return this.articles;
	}

	@Override
	public synchronized long articlesWithTerm(String term) {
		return this.terms.computeIfAbsent(term, (t) -> frequency(SearchFields.TEXT, t));
	}

	@Override
	public synchronized long articlesWithEntity(String slug) {
		return this.entities.computeIfAbsent(slug, (s) -> frequency(SearchFields.ENTITY, s));
	}

	@Override
	public synchronized void prefetch(Collection<StoryFeatures> articles) {
		fetch(SearchFields.TEXT, articles.stream().flatMap((article) -> article.terms().keySet().stream()), this.terms);
		fetch(SearchFields.ENTITY, articles.stream().flatMap((article) -> article.entities().keySet().stream()),
				this.entities);
	}

	private void fetch(String field, Stream<String> values, Map<String, Long> known) {
		List<String> missing = values.filter((value) -> !known.containsKey(value)).distinct().toList();
		if (!missing.isEmpty()) {
			known.putAll(this.engine.documentFrequencies(Search.session(this.entityManager), field, missing));
		}
	}

	private long frequency(String field, String value) {
		return this.engine.documentFrequency(Search.session(this.entityManager), field, value);
	}

	@Override
	public List<Long> best(Query query, int limit) {
		return this.engine.best(Search.session(this.entityManager), query, limit);
	}

	@Override
	public void close() {
	}

}
