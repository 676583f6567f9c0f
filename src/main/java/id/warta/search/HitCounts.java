package id.warta.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import id.warta.article.SearchFields;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.Weight;
import org.jspecify.annotations.Nullable;

/**
 * How many articles match a query, counted in one unscored pass over the hits from the
 * doc values: in all and per outlet (whatever the outlet filter, so that the facet shows
 * every outlet the reader may add), and, among the hits that pass the outlet filter, how
 * many stories they belong to, per entity, per agency and, when asked, per week and
 * outlet. Hibernate Search's aggregations do the like with per-hit bookkeeping that these
 * counts do not need, and make every hit be scored. {@link HitCounter} counts each
 * segment of the index once and keeps its counts while the segment is unchanged.
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

	/** Roughly how many bytes these counts hold on to. */
	int weight() {
		return 128 + 96 * Segment.entries(this.bySlug, this.byEntity, this.byAgency,
				(this.weeks != null) ? this.weeks : Map.of());
	}

	/**
	 * The counts of one segment of the index; a segment does not change, so these hold
	 * for as long as it lives.
	 *
	 * @param storyIds the distinct stories of the selected hits, in order
	 */
	record Segment(Map<String, Long> bySlug, long total, long selected, long[] storyIds, long placed,
			Map<String, Long> byEntity, Map<String, Long> byAgency, Map<LocalDate, Map<String, Long>> weeks) {

		/** Roughly how many bytes these counts hold on to. */
		int weight() {
			return 128 + 8 * this.storyIds.length + 96 * entries(this.bySlug, this.byEntity, this.byAgency, this.weeks);
		}

		static int entries(Map<String, Long> bySlug, Map<String, Long> byEntity, Map<String, Long> byAgency,
				Map<LocalDate, Map<String, Long>> weeks) {
			int entries = bySlug.size() + byEntity.size() + byAgency.size();
			for (Map<String, Long> perOutlet : weeks.values()) {
				entries += perOutlet.size() + 1;
			}
			return entries;
		}

	}

	/** Adds up the counts of the segments; a story in several of them is counted once. */
	static final class Sum {

		private final Map<String, Long> bySlug = new HashMap<>();

		private final Map<String, Long> byEntity = new HashMap<>();

		private final Map<String, Long> byAgency = new HashMap<>();

		private final Map<LocalDate, Map<String, Long>> weeks = new TreeMap<>();

		private final StorySet stories = new StorySet();

		private long total;

		private long selected;

		private long placed;

		void add(Segment segment) {
			segment.bySlug.forEach((slug, count) -> this.bySlug.merge(slug, count, Long::sum));
			segment.byEntity.forEach((slug, count) -> this.byEntity.merge(slug, count, Long::sum));
			segment.byAgency.forEach((slug, count) -> this.byAgency.merge(slug, count, Long::sum));
			segment.weeks.forEach((monday, perOutlet) -> {
				Map<String, Long> into = this.weeks.computeIfAbsent(monday, (key) -> new HashMap<>());
				perOutlet.forEach((slug, count) -> into.merge(slug, count, Long::sum));
			});
			for (long story : segment.storyIds) {
				this.stories.add(story);
			}
			this.total += segment.total;
			this.selected += segment.selected;
			this.placed += segment.placed;
		}

		HitCounts counts(boolean weeks) {
			return new HitCounts(this.bySlug, this.total, this.selected, this.stories.count(), this.placed,
					this.byEntity, this.byAgency, weeks ? this.weeks : null);
		}

	}

	/** Story ids seen, without a box each: a bit per id, a hash set for ids above int. */
	private static final class StorySet {

		private final BitSet small = new BitSet();

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

		long[] ids() {
			long[] ids = new long[this.small.cardinality() + this.large.size()];
			int i = 0;
			for (int id = this.small.nextSetBit(0); id >= 0; id = this.small.nextSetBit(id + 1)) {
				ids[i++] = id;
			}
			for (long id : this.large) {
				ids[i++] = id;
			}
			Arrays.sort(ids);
			return ids;
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

	/**
	 * Counts the hits of a weight, unscored, in one segment.
	 * @param outlets the outlet filter (any of these slugs), empty for none
	 * @param unknownOutlet whether the filter also takes hits of no known outlet
	 * @param weeks whether to count per week and outlet
	 */
	static Segment count(Weight weight, LeafReaderContext leaf, Set<String> outlets, boolean unknownOutlet,
			boolean weeks) throws IOException {
		Counter counter = new Counter(leaf, outlets, unknownOutlet, weeks);
		BulkScorer scorer = weight.bulkScorer(leaf);
		if (scorer != null) {
			scorer.score(counter, leaf.reader().getLiveDocs(), 0, DocIdSetIterator.NO_MORE_DOCS);
		}
		return counter.segment();
	}

	private static final class Counter implements LeafCollector {

		private final boolean allOutlets;

		private final boolean unknownOutlet;

		private final SortedSetDocValues outlets;

		private final SortedSetDocValues entities;

		private final SortedSetDocValues agencies;

		private final SortedNumericDocValues storyIds;

		private final @Nullable NumericDocValues published;

		private final StorySet stories = new StorySet();

		private final Map<LocalDate, Map<String, Long>> otherWeeks = new TreeMap<>();

		// Per week since 1970 and outlet ord + 1 (0 for none).
		private final long[] @Nullable [] perWeek;

		private final long[] perOutlet;

		private final long[] perEntity;

		private final long[] perAgency;

		private final boolean[] selectedOutlet;

		private long total;

		private long selected;

		private long placed;

		Counter(LeafReaderContext context, Set<String> outletFilter, boolean unknownOutlet, boolean countWeeks)
				throws IOException {
			this.allOutlets = outletFilter.isEmpty() && !unknownOutlet;
			this.unknownOutlet = unknownOutlet;
			this.outlets = DocValues.getSortedSet(context.reader(), SearchFields.OUTLET);
			this.entities = DocValues.getSortedSet(context.reader(), SearchFields.FACET_ENTITY);
			this.agencies = DocValues.getSortedSet(context.reader(), SearchFields.AGENCY);
			this.storyIds = DocValues.getSortedNumeric(context.reader(), SearchFields.STORY);
			NumericDocValues published = null;
			if (countWeeks) {
				published = DocValues
					.unwrapSingleton(DocValues.getSortedNumeric(context.reader(), SearchFields.PUBLISHED));
				if (published == null) {
					published = DocValues.getNumeric(context.reader(), SearchFields.PUBLISHED);
				}
			}
			this.published = published;
			this.perWeek = countWeeks ? new long[MAX_WEEKS][] : null;
			this.perOutlet = new long[(int) this.outlets.getValueCount()];
			this.perEntity = new long[(int) this.entities.getValueCount()];
			this.perAgency = new long[(int) this.agencies.getValueCount()];
			this.selectedOutlet = new boolean[this.perOutlet.length];
			for (int ord = 0; ord < this.selectedOutlet.length; ord++) {
				this.selectedOutlet[ord] = outletFilter.contains(this.outlets.lookupOrd(ord).utf8ToString());
			}
		}

		@Override
		public void setScorer(Scorable scorer) {
			// Unscored.
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
			boolean passes = this.allOutlets || (outlet >= 0 ? this.selectedOutlet[outlet] : this.unknownOutlet);
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
			if (this.perWeek != null && this.published != null && this.published.advanceExact(doc)) {
				countWeek(Math.floorDiv(this.published.longValue() + WIB_MILLIS, DAY_MILLIS), outlet);
			}
		}

		private void countWeek(long day, int outlet) throws IOException {
			// 1 January 1970 was a Thursday: its week began three days before.
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
				this.otherWeeks.computeIfAbsent(LocalDate.ofEpochDay(monday), (key) -> new HashMap<>())
					.merge(slug(outlet), 1L, Long::sum);
			}
		}

		private String slug(int outlet) throws IOException {
			return (outlet >= 0) ? this.outlets.lookupOrd(outlet).utf8ToString() : "";
		}

		Segment segment() throws IOException {
			Map<LocalDate, Map<String, Long>> weeks = new TreeMap<>(this.otherWeeks);
			if (this.perWeek != null) {
				for (int week = 0; week < MAX_WEEKS; week++) {
					long[] counts = this.perWeek[week];
					if (counts == null) {
						continue;
					}
					Map<String, Long> perOutlet = weeks.computeIfAbsent(LocalDate.ofEpochDay(week * 7L - 3),
							(key) -> new HashMap<>());
					for (int ord = -1; ord < counts.length - 1; ord++) {
						if (counts[ord + 1] > 0) {
							perOutlet.merge(slug(ord), counts[ord + 1], Long::sum);
						}
					}
				}
			}
			return new Segment(named(this.perOutlet, this.outlets), this.total, this.selected, this.stories.ids(),
					this.placed, named(this.perEntity, this.entities), named(this.perAgency, this.agencies), weeks);
		}

		private static Map<String, Long> named(long[] counts, SortedSetDocValues values) throws IOException {
			Map<String, Long> named = new HashMap<>();
			for (int ord = 0; ord < counts.length; ord++) {
				if (counts[ord] > 0) {
					named.put(values.lookupOrd(ord).utf8ToString(), counts[ord]);
				}
			}
			return named;
		}

	}

}
