package id.warta.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.warta.article.OutletSlugs;
import id.warta.article.SearchFields;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.hibernate.search.backend.lucene.scope.LuceneIndexScope;

/**
 * How many articles match a query, in all and per outlet: one unscored pass over the hits
 * that reads each hit's outlet from the doc values. Hibernate Search's terms aggregation
 * does the same with per-hit bookkeeping for nested aggregations that these counts do not
 * need, and, run with the page of hits, makes every hit be scored.
 *
 * @param bySlug hits per outlet's URL key
 * @param total all hits, those of no known outlet included
 */
record OutletCounts(Map<String, Long> bySlug, long total) {

	/**
	 * Counts the hits of a query over the scope's index.
	 */
	static OutletCounts count(LuceneIndexScope scope, Query query) {
		try (IndexReader reader = scope.openIndexReader()) {
			Counter counter = new Counter();
			new IndexSearcher(reader).search(query, counter);
			counter.flush();
			return new OutletCounts(counter.bySlug, counter.total);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The hits of the given outlets only ({@link OutletSlugs#UNKNOWN} for articles of no
	 * known outlet); all of them when none is given.
	 */
	long total(List<String> slugs) {
		if (slugs.isEmpty()) {
			return this.total;
		}
		long known = this.bySlug.values().stream().mapToLong(Long::longValue).sum();
		long selected = 0;
		for (String slug : slugs.stream().distinct().toList()) {
			selected += OutletSlugs.UNKNOWN.equals(slug) ? this.total - known : this.bySlug.getOrDefault(slug, 0L);
		}
		return selected;
	}

	private static final class Counter extends SimpleCollector {

		private final Map<String, Long> bySlug = new HashMap<>();

		private long total;

		private SortedSetDocValues outlets = DocValues.emptySortedSet();

		private long[] perOrd = new long[0];

		@Override
		protected void doSetNextReader(LeafReaderContext context) throws IOException {
			flush();
			this.outlets = DocValues.getSortedSet(context.reader(), SearchFields.OUTLET);
			this.perOrd = new long[(int) this.outlets.getValueCount()];
		}

		@Override
		public void collect(int doc) throws IOException {
			this.total++;
			if (this.outlets.advanceExact(doc)) {
				// An article has one outlet at most.
				this.perOrd[(int) this.outlets.nextOrd()]++;
			}
		}

		/** Adds the counts of the segment just read. */
		void flush() throws IOException {
			for (int ord = 0; ord < this.perOrd.length; ord++) {
				if (this.perOrd[ord] > 0) {
					this.bySlug.merge(this.outlets.lookupOrd(ord).utf8ToString(), this.perOrd[ord], Long::sum);
				}
			}
			this.perOrd = new long[0];
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}

	}

}
