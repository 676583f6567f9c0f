package id.warta.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.jspecify.annotations.Nullable;

/**
 * The signatures of the newest stored articles, banded for lookup (locality-sensitive
 * hashing): finds the stored article a new text is a near-copy of. It holds at most
 * {@code capacity} signatures, forgetting the oldest added, so that memory stays bounded
 * at a million articles. Not thread-safe: the caller holds one lock over lookup and
 * store, so that two copies arriving at once are not both stored.
 */
final class NearDuplicates {

	private final double threshold;

	private final int capacity;

	private final ArrayDeque<Long> order = new ArrayDeque<>();

	private final Map<Long, int[]> signatures = new HashMap<>();

	private final Map<Long, List<Long>> bands = new HashMap<>();

	NearDuplicates(double threshold) {
		this(threshold, Integer.MAX_VALUE);
	}

	NearDuplicates(double threshold, int capacity) {
		this.threshold = threshold;
		this.capacity = capacity;
	}

	/**
	 * The stored article most similar to the signature, if at least as similar as the
	 * threshold.
	 */
	OptionalLong find(int @Nullable [] signature) {
		if (signature == null) {
			return OptionalLong.empty();
		}
		long best = -1;
		double bestSimilarity = this.threshold;
		for (int band = 0; band < MinHash.BANDS; band++) {
			for (long candidate : this.bands.getOrDefault(MinHash.bandKey(signature, band), List.of())) {
				double similarity = MinHash.similarity(signature, this.signatures.get(candidate));
				if (similarity >= bestSimilarity && (best < 0 || similarity > bestSimilarity)) {
					best = candidate;
					bestSimilarity = similarity;
				}
			}
		}
		return (best < 0) ? OptionalLong.empty() : OptionalLong.of(best);
	}

	void add(long articleId, int[] signature) {
		if (this.signatures.put(articleId, signature) != null) {
			return;
		}
		for (int band = 0; band < MinHash.BANDS; band++) {
			this.bands.computeIfAbsent(MinHash.bandKey(signature, band), (key) -> new ArrayList<>(1)).add(articleId);
		}
		this.order.addLast(articleId);
		while (this.order.size() > this.capacity) {
			forget(this.order.removeFirst());
		}
	}

	private void forget(long articleId) {
		int[] signature = this.signatures.remove(articleId);
		for (int band = 0; band < MinHash.BANDS; band++) {
			long key = MinHash.bandKey(signature, band);
			List<Long> ids = this.bands.get(key);
			ids.remove(Long.valueOf(articleId));
			if (ids.isEmpty()) {
				this.bands.remove(key);
			}
		}
	}

	int size() {
		return this.signatures.size();
	}

}
