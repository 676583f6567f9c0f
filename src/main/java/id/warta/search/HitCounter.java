package id.warta.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Counts the hits of a query segment by segment, and keeps each segment's counts for as
 * long as the segment is unchanged: Lucene never changes a segment, it writes new ones
 * and merges, and a deletion gives the segment a new reader key. A page asked again after
 * an article is stored counts only the new segment; the counts are always those of the
 * index as it is (Elasticsearch's shard request cache does the like per shard and forgets
 * all at each refresh).
 */
@Component
class HitCounter {

	/** Roughly how many bytes of counts are kept. */
	static final long MAX_WEIGHT = 32L * 1024 * 1024;

	private final Cache<Key, HitCounts.Segment> segments = Caffeine.newBuilder()
		.maximumWeight(MAX_WEIGHT)
		.weigher((Key key, HitCounts.Segment counts) -> counts.weight())
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	/** The sums of the segments' counts, while the index is as it was. */
	private final Cache<Key, HitCounts> wholes = Caffeine.newBuilder()
		.maximumWeight(MAX_WEIGHT)
		.weigher((Key key, HitCounts counts) -> counts.weight())
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	/** A query's counts in a segment, or in the whole index ({@link #snapshot}). */
	private record Key(Query query, Set<String> outlets, boolean unknownOutlet, boolean weeks, Object index) {
	}

	/**
	 * The index as a reader sees it, for keys of what holds while the index is unchanged:
	 * the keys of its segments' readers; {@code null} when a segment has no key.
	 */
	static @Nullable Object snapshot(IndexReader reader) {
		List<Object> keys = new ArrayList<>(reader.leaves().size());
		for (LeafReaderContext leaf : reader.leaves()) {
			IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
			if (helper == null) {
				return null;
			}
			keys.add(helper.getKey());
		}
		return keys;
	}

	/**
	 * Counts the hits of a query over a reader.
	 * @param snapshot the reader's {@link #snapshot}
	 * @param outlets the outlet filter (any of these slugs), empty for none
	 * @param unknownOutlet whether the filter also takes hits of no known outlet
	 * @param weeks whether to count per week and outlet
	 */
	HitCounts count(IndexReader reader, @Nullable Object snapshot, Query query, Set<String> outlets,
			boolean unknownOutlet, boolean weeks) throws IOException {
		Key whole = (snapshot != null) ? new Key(query, outlets, unknownOutlet, weeks, snapshot) : null;
		HitCounts counted = (whole != null) ? this.wholes.getIfPresent(whole) : null;
		if (counted != null) {
			return counted;
		}
		IndexSearcher searcher = new IndexSearcher(reader);
		HitCounts.Sum sum = new HitCounts.Sum();
		@Nullable Weight weight = null;
		for (LeafReaderContext leaf : reader.leaves()) {
			// A segment's reader key changes when one of its documents is deleted.
			IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
			Key key = (helper != null) ? new Key(query, outlets, unknownOutlet, weeks, helper.getKey()) : null;
			HitCounts.Segment counts = (key != null) ? this.segments.getIfPresent(key) : null;
			if (counts == null) {
				if (weight == null) {
					weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
				}
				counts = HitCounts.count(weight, leaf, outlets, unknownOutlet, weeks);
				if (key != null) {
					this.segments.put(key, counts);
				}
			}
			sum.add(counts);
		}
		counted = sum.counts(weeks);
		if (whole != null) {
			this.wholes.put(whole, counted);
		}
		return counted;
	}

}
