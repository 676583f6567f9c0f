package id.warta.story;

import java.util.Collection;
import java.util.List;

import org.apache.lucene.search.Query;

/**
 * One read of the search index for placements: how common terms and entities are among
 * its articles, and the articles that score best for a candidate query.
 */
interface IndexRead extends TermStatistics {

	/**
	 * The ids of the articles that score best for the query, best first, at most
	 * {@code limit}.
	 */
	List<Long> best(Query query, int limit);

	/**
	 * Asks how common the terms and entities of these articles are at once, ahead of
	 * their lookups one by one, where a read pays per question (a backend across the
	 * network).
	 */
	default void prefetch(Collection<StoryFeatures> articles) {
	}

	void close();

}
