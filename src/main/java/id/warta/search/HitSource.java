package id.warta.search;

import java.util.Set;

import org.apache.lucene.search.Query;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;

/**
 * Where the search counts its hits: the index as one reading sees it. Each
 * {@link SearchEngine} is one.
 */
interface HitSource {

	/** The index as it is now, until closed. */
	Reading open(SearchSession session);

	/** The index as one reading sees it. */
	interface Reading extends AutoCloseable {

		/**
		 * A key of what holds while the index is unchanged, for caches; {@code null} when
		 * the backend cannot tell.
		 */
		@Nullable Object snapshot();

		/**
		 * Counts the hits of a query.
		 * @param outlets the outlet filter (any of these slugs), empty for none
		 * @param unknownOutlet whether the filter also takes hits of no known outlet
		 * @param weeks whether to count per week and outlet
		 */
		HitCounts count(Query query, Set<String> outlets, boolean unknownOutlet, boolean weeks);

		@Override
		void close();

	}

}
