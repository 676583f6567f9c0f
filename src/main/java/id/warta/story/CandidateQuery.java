package id.warta.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.jspecify.annotations.Nullable;

/**
 * What a new article asks of the articles already placed: its most telling terms and
 * entities, each weighted, and the days around its event. The search index answers it for
 * the articles it holds ({@link StoryIndex}), {@link RecentPlacements} for those placed
 * since.
 *
 * @param terms terms of the text and their weights, the most telling first
 * @param entities gazetteer entities and their weights
 * @param day the day of the article's event, if known: members of other days more than
 * {@value StoryWeights#MAX_DAYS_APART} days away are left out, undated ones kept
 * @param minStoryId only members of stories from this id on
 */
record CandidateQuery(Map<String, Double> terms, Map<String, Double> entities, @Nullable LocalDate day,
		long minStoryId) {

	/** Terms and entities asked for. */
	static final int QUERY_TERMS = 10;

	static final int QUERY_ENTITIES = 4;

	static CandidateQuery of(StoryFeatures article, StorySimilarity similarity, long minStoryId) {
		return new CandidateQuery(top(article.terms(), similarity::termWeight, QUERY_TERMS),
				top(article.entities(), similarity::entityWeight, QUERY_ENTITIES), article.day(), minStoryId);
	}

	boolean isEmpty() {
		return this.terms.isEmpty() && this.entities.isEmpty();
	}

	/**
	 * How well a member answers, as the index would rank it without its length norms: the
	 * summed weights of the terms and entities it shares; 0 when it shares none or falls
	 * outside the query's days or stories.
	 */
	double score(long story, StoryFeatures member) {
		if (story < this.minStoryId || !near(member.day())) {
			return 0;
		}
		double score = 0;
		for (Map.Entry<String, Double> term : this.terms.entrySet()) {
			if (member.terms().containsKey(term.getKey())) {
				score += term.getValue();
			}
		}
		for (Map.Entry<String, Double> entity : this.entities.entrySet()) {
			if (member.entities().containsKey(entity.getKey())) {
				score += entity.getValue();
			}
		}
		return score;
	}

	private boolean near(@Nullable LocalDate other) {
		return this.day == null || other == null
				|| Math.abs(ChronoUnit.DAYS.between(this.day, other)) <= StoryWeights.MAX_DAYS_APART;
	}

	private static Map<String, Double> top(Map<String, Integer> counts, ToDoubleFunction<String> weight, int limit) {
		// Each weight computed once, not at every comparison.
		record Weighted(String key, double weight, double rank) {
		}
		Map<String, Double> top = new LinkedHashMap<>();
		counts.entrySet().stream().map((entry) -> {
			double value = weight.applyAsDouble(entry.getKey());
			return new Weighted(entry.getKey(), value, (1 + Math.log(entry.getValue())) * value);
		})
			.sorted(Comparator.comparingDouble(Weighted::rank).reversed().thenComparing(Weighted::key))
			.limit(limit)
			.forEach((weighted) -> top.put(weighted.key(), weighted.weight()));
		return top;
	}

}
