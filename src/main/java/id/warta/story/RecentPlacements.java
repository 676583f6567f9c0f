package id.warta.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The articles placed since the search index was last read for placements, oldest first:
 * candidates that the index read does not hold yet, and their share of the statistics of
 * terms. Reading the index once per many placements rather than once per placement keeps
 * its segments large (each read of an index just written flushes a segment) and the
 * statistics' lookups shared. Not thread-safe: used under the placing lock.
 */
final class RecentPlacements {

	private record Placed(long article, StoryCandidate candidate) {
	}

	private final List<Placed> placed = new ArrayList<>();

	private final Map<Long, Integer> articles = new HashMap<>();

	private final Map<String, Integer> terms = new HashMap<>();

	private final Map<String, Integer> entities = new HashMap<>();

	int size() {
		return this.placed.size();
	}

	void add(long article, StoryCandidate candidate) {
		Placed added = new Placed(article, candidate);
		this.placed.add(added);
		count(added, 1);
	}

	/** Whether the article was placed since, so that the index's copy is out of date. */
	boolean contains(long article) {
		return this.articles.containsKey(article);
	}

	/** Forgets the newest placements, from {@code size} on: their transaction failed. */
	void truncate(int size) {
		while (this.placed.size() > size) {
			forget(this.placed.remove(this.placed.size() - 1));
		}
	}

	/**
	 * Forgets the oldest placements, {@code count} of them: the index holds them now.
	 * @return them by article, the later placement of an article placed twice
	 */
	Map<Long, StoryCandidate> dropOldest(int count) {
		List<Placed> dropped = this.placed.subList(0, count);
		Map<Long, StoryCandidate> byArticle = new HashMap<>();
		dropped.forEach((placed) -> byArticle.put(placed.article(), placed.candidate()));
		dropped.forEach(this::forget);
		dropped.clear();
		return byArticle;
	}

	private void forget(Placed dropped) {
		count(dropped, -1);
	}

	private void count(Placed placed, int change) {
		this.articles.merge(placed.article(), change, RecentPlacements::sum);
		StoryFeatures features = placed.candidate().features();
		features.terms().keySet().forEach((term) -> this.terms.merge(term, change, RecentPlacements::sum));
		features.entities().keySet().forEach((slug) -> this.entities.merge(slug, change, RecentPlacements::sum));
	}

	/** A count's sum, or none (the key removed) at 0. */
	private static @Nullable Integer sum(Integer count, Integer change) {
		int sum = count + change;
		return (sum != 0) ? sum : null;
	}

	long articlesWithTerm(String term) {
		return this.terms.getOrDefault(term, 0);
	}

	long articlesWithEntity(String slug) {
		return this.entities.getOrDefault(slug, 0);
	}

	/**
	 * The placements that answer the query best, at most {@code limit}: the highest
	 * scores first, the older first on a tie.
	 */
	List<StoryCandidate> candidates(CandidateQuery query, int limit) {
		record Scored(StoryCandidate candidate, double score, int order) {
		}
		List<Scored> scored = new ArrayList<>();
		for (int i = 0; i < this.placed.size(); i++) {
			StoryCandidate candidate = this.placed.get(i).candidate();
			double score = query.score(candidate.story(), candidate.features());
			if (score > 0) {
				scored.add(new Scored(candidate, score, i));
			}
		}
		return scored.stream()
			.sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::order))
			.limit(limit)
			.map(Scored::candidate)
			.toList();
	}

}
