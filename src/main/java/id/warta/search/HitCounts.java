package id.warta.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import id.warta.article.SearchFields;
import id.warta.system.Dateline;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.hibernate.search.backend.lucene.scope.LuceneIndexScope;
import org.jspecify.annotations.Nullable;

/**
 * How many articles match a query, counted in one unscored pass over the hits from the
 * doc values: in all and per outlet (whatever the outlet filter, so that the facet shows
 * every outlet the reader may add), and, among the hits that pass the outlet filter, how
 * many stories they belong to, per entity, per agency and, when asked, per week and
 * outlet. Hibernate Search's aggregations do the like with per-hit bookkeeping that these
 * counts do not need, and make every hit be scored.
 *
 * @param bySlug hits per outlet's URL key
 * @param total all hits, those of no known outlet included
 * @param selected hits that pass the outlet filter
 * @param stories stories among the selected hits
 * @param placed selected hits that belong to a story
 * @param byEntity selected hits per entity slug
 * @param byAgency selected hits per agency slug
 * @param weeks selected hits per week (its Monday, WIB) and outlet slug ({@code ""} for
 * none), when asked for
 */
record HitCounts(Map<String, Long> bySlug, long total, long selected, long stories, long placed,
		Map<String, Long> byEntity, Map<String, Long> byAgency, @Nullable Map<LocalDate, Map<String, Long>> weeks) {

	/**
	 * Counts the hits of a query over the scope's index.
	 * @param outlets the outlet filter (any of these slugs; {@code OutletSlugs.UNKNOWN}
	 * for none), empty for none
	 * @param weeks whether to count per week and outlet
	 */
	static HitCounts count(LuceneIndexScope scope, Query query, Set<String> outlets, boolean unknownOutlet,
			boolean weeks) {
		try (IndexReader reader = scope.openIndexReader()) {
			Counter counter = new Counter(outlets, unknownOutlet, weeks);
			new IndexSearcher(reader).search(query, counter);
			counter.flush();
			return new HitCounts(counter.bySlug, counter.total, counter.selected, counter.stories.count(),
					counter.placed, counter.byEntity, counter.byAgency, weeks ? counter.weeks : null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final long DAY_MILLIS = 86_400_000L;

	/**
	 * Weeks since 1970 that are counted in an array, up to the year 2070; others go to a
	 * map.
	 */
	private static final int MAX_WEEKS = 5_220;

	/** Western Indonesian Time has been UTC+7 since 1964. */
	private static final long WIB_MILLIS = 7 * 3_600_000L;

	/** Story ids seen, without a box each: a bit per id, a hash set for ids above int. */
	private static final class StorySet {

		private final java.util.BitSet small = new java.util.BitSet();

		private final Set<Long> large = new HashSet<>();

		void add(long id) {
			if (id >= 0 && id < Integer.MAX_VALUE) {
				this.small.set((int) id);
			}
			else {
				this.large.add(id);
			}
		}

		long count() {
			return this.small.cardinality() + this.large.size();
		}

	}

	private static final class Counter extends SimpleCollector {

		private final Set<String> outletFilter;

		private final boolean unknownOutlet;

		private final boolean countWeeks;

		final Map<String, Long> bySlug = new HashMap<>();

		final Map<String, Long> byEntity = new HashMap<>();

		final Map<String, Long> byAgency = new HashMap<>();

		final StorySet stories = new StorySet();

		final Map<LocalDate, Map<String, Long>> weeks = new TreeMap<>();

		long total;

		long selected;

		long placed;

		private SortedSetDocValues outlets = DocValues.emptySortedSet();

		private SortedSetDocValues entities = DocValues.emptySortedSet();

		private SortedSetDocValues agencies = DocValues.emptySortedSet();

		private SortedNumericDocValues storyIds = DocValues.emptySortedNumeric();

		private @Nullable NumericDocValues published;

		// Per week since 1970 and outlet ord (0 for none) of the segment being read.
		private final long[][] perWeek = new long[MAX_WEEKS][];

		private long[] perOutlet = new long[0];

		private long[] perEntity = new long[0];

		private long[] perAgency = new long[0];

		private boolean[] selectedOutlet = new boolean[0];

		Counter(Set<String> outletFilter, boolean unknownOutlet, boolean countWeeks) {
			this.outletFilter = outletFilter;
			this.unknownOutlet = unknownOutlet;
			this.countWeeks = countWeeks;
		}

		@Override
		protected void doSetNextReader(LeafReaderContext context) throws IOException {
			flush();
			this.outlets = DocValues.getSortedSet(context.reader(), SearchFields.OUTLET);
			this.entities = DocValues.getSortedSet(context.reader(), SearchFields.FACET_ENTITY);
			this.agencies = DocValues.getSortedSet(context.reader(), SearchFields.AGENCY);
			this.storyIds = DocValues.getSortedNumeric(context.reader(), SearchFields.STORY);
			this.published = this.countWeeks
					? DocValues.unwrapSingleton(DocValues.getSortedNumeric(context.reader(), SearchFields.PUBLISHED))
					: null;
			if (this.countWeeks && this.published == null) {
				this.published = DocValues.getNumeric(context.reader(), SearchFields.PUBLISHED);
			}
			this.perOutlet = new long[(int) this.outlets.getValueCount()];
			this.perEntity = new long[(int) this.entities.getValueCount()];
			this.perAgency = new long[(int) this.agencies.getValueCount()];
			this.selectedOutlet = new boolean[this.perOutlet.length];
			for (int ord = 0; ord < this.selectedOutlet.length; ord++) {
				this.selectedOutlet[ord] = this.outletFilter.contains(this.outlets.lookupOrd(ord).utf8ToString());
			}
		}

		@Override
		public void collect(int doc) throws IOException {
			this.total++;
			int outlet = -1;
			if (this.outlets.advanceExact(doc)) {
				// An article has one outlet at most.
				outlet = (int) this.outlets.nextOrd();
				this.perOutlet[outlet]++;
			}
			boolean passes = this.outletFilter.isEmpty() && !this.unknownOutlet
					|| (outlet >= 0 ? this.selectedOutlet[outlet] : this.unknownOutlet);
			if (!passes) {
				return;
			}
			this.selected++;
			if (this.storyIds.advanceExact(doc)) {
				this.stories.add(this.storyIds.nextValue());
				this.placed++;
			}
			if (this.entities.advanceExact(doc)) {
				for (int i = 0; i < this.entities.docValueCount(); i++) {
					this.perEntity[(int) this.entities.nextOrd()]++;
				}
			}
			if (this.agencies.advanceExact(doc)) {
				for (int i = 0; i < this.agencies.docValueCount(); i++) {
					this.perAgency[(int) this.agencies.nextOrd()]++;
				}
			}
			if (this.countWeeks && this.published != null && this.published.advanceExact(doc)) {
				long day = Math.floorDiv(this.published.longValue() + WIB_MILLIS, DAY_MILLIS);
				// 1 January 1970 was a Thursday: Monday is three days before the next
				// week.
				long monday = day - Math.floorMod(day + 3, 7);
				long week = (monday + 3) / 7;
				if (week >= 0 && week < MAX_WEEKS) {
					long[] counts = this.perWeek[(int) week];
					if (counts == null) {
						counts = new long[this.perOutlet.length + 1];
						this.perWeek[(int) week] = counts;
					}
					counts[outlet + 1]++;
				}
				else {
					this.weeks.computeIfAbsent(LocalDate.ofEpochDay(monday), (key) -> new HashMap<>())
						.merge((outlet >= 0) ? this.outlets.lookupOrd(outlet).utf8ToString() : "", 1L, Long::sum);
				}
			}
		}

		/** Adds the counts of the segment just read. */
		void flush() throws IOException {
			for (int week = 0; week < MAX_WEEKS; week++) {
				long[] counts = this.perWeek[week];
				if (counts == null) {
					continue;
				}
				LocalDate monday = LocalDate.ofEpochDay(week * 7L - 3);
				Map<String, Long> perOutlet = this.weeks.computeIfAbsent(monday, (key) -> new HashMap<>());
				for (int ord = -1; ord < counts.length - 1; ord++) {
					if (counts[ord + 1] > 0) {
						String slug = (ord >= 0) ? this.outlets.lookupOrd(ord).utf8ToString() : "";
						perOutlet.merge(slug, counts[ord + 1], Long::sum);
					}
				}
				this.perWeek[week] = null;
			}
			add(this.perOutlet, this.outlets, this.bySlug);
			add(this.perEntity, this.entities, this.byEntity);
			add(this.perAgency, this.agencies, this.byAgency);
			this.perOutlet = new long[0];
			this.perEntity = new long[0];
			this.perAgency = new long[0];
		}

		private static void add(long[] counts, SortedSetDocValues values, Map<String, Long> into) throws IOException {
			for (int ord = 0; ord < counts.length; ord++) {
				if (counts[ord] > 0) {
					into.merge(values.lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
				}
			}
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}

	}

}
