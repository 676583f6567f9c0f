package id.warta.story;

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

	void close();

}
