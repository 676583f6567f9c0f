package id.warta.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.hibernate.search.backend.lucene.scope.LuceneIndexScope;
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

	private record Key(Query query, Set<String> outlets, boolean unknownOutlet, boolean weeks, Object segment) {
	}

	/**
	 * Counts the hits of a query over the scope's index.
	 * @param outlets the outlet filter (any of these slugs), empty for none
	 * @param unknownOutlet whether the filter also takes hits of no known outlet
	 * @param weeks whether to count per week and outlet
	 */
	HitCounts count(LuceneIndexScope scope, Query query, Set<String> outlets, boolean unknownOutlet, boolean weeks) {
		try (IndexReader reader = scope.openIndexReader()) {
			return count(reader, query, outlets, unknownOutlet, weeks);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Counts the hits of a query over a reader, as above. */
	HitCounts count(IndexReader reader, Query query, Set<String> outlets, boolean unknownOutlet, boolean weeks)
			throws IOException {
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
		return sum.counts(weeks);
	}

}
