package id.warta.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.warta.article.Article;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * What Warta asks of the search backend beyond Hibernate Search's own DSL: its queries,
 * built as Lucene query objects over the terms its analysis wrote, as predicates; the
 * newest-first order; the number of articles holding a term. One implementation per
 * backend ({@code warta.search.backend}): {@link LuceneEngine} hands the queries to
 * Lucene as they are, {@link OpenSearchEngine} translates them
 * ({@link OpenSearchQueries}).
 */
public interface SearchEngine {

	/** A query of Warta's as a predicate of the session's backend. */
	SearchPredicate predicate(SearchSession session, Query query);

	/** Newest first, undated last, then by score, then the newest stored. */
	SearchSort newestFirst(SearchSession session);

	/** By score, then newest first, undated last, then the newest stored. */
	SearchSort bestFirst(SearchSession session);

	/** How many indexed articles hold a term in a field. */
	long documentFrequency(SearchSession session, String field, String term);

	/**
	 * How many indexed articles hold each of the terms in a field: what
	 * {@link #documentFrequency} tells of each, asked together (a backend across the
	 * network answers them in one request).
	 */
	default Map<String, Long> documentFrequencies(SearchSession session, String field, Collection<String> terms) {
		Map<String, Long> frequencies = new HashMap<>();
		for (String term : terms) {
			frequencies.put(term, documentFrequency(session, field, term));
		}
		return frequencies;
	}

	/**
	 * Terms of the field close to a term that the index does not hold, closest first, at
	 * most {@code count}: Lucene's spell checker over the index's own terms (which
	 * OpenSearch's term suggester runs too, with the same defaults).
	 */
	List<String> similarTerms(SearchSession session, String field, String term, int count);

	/** How many articles are indexed. */
	default long articles(SearchSession session) {
		return session.search(Article.class).where((f) -> f.matchAll()).fetchTotalHitCount();
	}

	/**
	 * The ids of the articles that score best for a query, best first, at most
	 * {@code limit}.
	 */
	default List<Long> best(SearchSession session, Query query, int limit) {
		return session.search(Article.class)
			.select((p) -> p.id(Long.class))
			.where(predicate(session, query))
			.totalHitCountThreshold(limit)
			.fetchHits(limit);
	}

	/**
	 * A reader of the embedded index, for Lucene's own statistics and searches, to be
	 * closed by the caller; empty on other backends.
	 */
	Optional<IndexReader> openLuceneReader(SearchSession session);

}
