package id.warta.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongFunction;

import org.jspecify.annotations.Nullable;

/**
 * Picks the story a new article joins among candidate members of stories: each story is
 * scored by the mean of its two best pair scores with the article (the best one alone
 * when it has one member), so that one close member is not enough where the others
 * disagree; the best story whose score reaches {@link StoryWeights#threshold()} wins, the
 * lower story id on a tie. Deterministic: the same candidates in the same order give the
 * same choice. The same code serves the server (candidates from the search index) and the
 * {@code stories} command (candidates in memory).
 */
public final class StoryMatcher {

	private final StorySimilarity similarity;

	private final StoryWeights weights;

	public StoryMatcher(TermStatistics statistics) {
		this(statistics, StoryWeights.STANDARD);
	}

	StoryMatcher(TermStatistics statistics, StoryWeights weights) {
		this.similarity = new StorySimilarity(statistics, weights);
		this.weights = weights;
	}

	/** The similarity this matcher scores with, and its term weights. */
	StorySimilarity similarity() {
		return this.similarity;
	}

	/**
	 * The story the article joins, or empty when it starts a story of its own.
	 */
	public OptionalLong match(StoryFeatures article, List<StoryCandidate> candidates) {
		return match(article, candidates, (story) -> null);
	}

	/**
	 * The story the article joins, or empty when it starts a story of its own.
	 * @param spans the first and last event day of each candidate story, where known: a
	 * story does not grow beyond {@value StoryWeights#MAX_STORY_DAYS} days
	 */
	public OptionalLong match(StoryFeatures article, List<StoryCandidate> candidates,
			LongFunction<@Nullable LocalDate[]> spans) {
		Map<Long, List<Double>> scores = new LinkedHashMap<>();
		for (StoryCandidate candidate : candidates) {
			if (article.day() != null && tooLong(spans.apply(candidate.story()), article.day())) {
				continue;
			}
			double score = this.weights.score(this.similarity.compare(article, candidate.features()));
			scores.computeIfAbsent(candidate.story(), (story) -> new ArrayList<>()).add(score);
		}
		long best = -1;
		double bestScore = Double.NEGATIVE_INFINITY;
		for (Map.Entry<Long, List<Double>> story : scores.entrySet()) {
			double score = storyScore(story.getValue());
			if (this.weights.sameEvent(score) && (score > bestScore || (score == bestScore && story.getKey() < best))) {
				best = story.getKey();
				bestScore = score;
			}
		}
		return (best >= 0) ? OptionalLong.of(best) : OptionalLong.empty();
	}

	private static boolean tooLong(@Nullable LocalDate @Nullable [] span, LocalDate day) {
		if (span == null || span[0] == null || span[1] == null) {
			return false;
		}
		LocalDate first = day.isBefore(span[0]) ? day : span[0];
		LocalDate last = day.isAfter(span[1]) ? day : span[1];
		return ChronoUnit.DAYS.between(first, last) > StoryWeights.MAX_STORY_DAYS;
	}

	private double storyScore(List<Double> pairs) {
		if (pairs.stream().anyMatch((score) -> score == Double.NEGATIVE_INFINITY)
				&& pairs.stream().noneMatch(this.weights::sameEvent)) {
			return Double.NEGATIVE_INFINITY;
		}
		List<Double> sorted = new ArrayList<>(pairs);
		sorted.sort((a, b) -> Double.compare(b, a));
		return (sorted.size() == 1) ? sorted.get(0) : (sorted.get(0) + sorted.get(1)) / 2;
	}

}
