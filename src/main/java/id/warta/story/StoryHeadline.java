package id.warta.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The most representative headline of a story: the member's whose words the other
 * members' headlines share most, each word weighted by its rarity (the cosine of its
 * headline with the sum of the others'). The earliest member wins a tie, so a story of
 * one article, or of headlines that share nothing, keeps its first headline.
 */
public final class StoryHeadline {

	private StoryHeadline() {
	}

	/**
	 * How representative a headline is of a story.
	 * @param title the headline's terms
	 * @param storyTitles in how many of the story's headlines each term occurs, this one
	 * included
	 * @param weight each term's weight
	 */
	static double representativeness(Map<String, Integer> title, Map<String, Integer> storyTitles,
			ToDoubleFunction<String> weight) {
		double shared = 0;
		double norm = 0;
		for (String term : title.keySet()) {
			double w = weight.applyAsDouble(term);
			norm += w * w;
			shared += (storyTitles.getOrDefault(term, 1) - 1) * w * w;
		}
		return (norm == 0) ? 0 : shared / Math.sqrt(norm);
	}

	/**
	 * The index of the most representative headline among a story's members, in their
	 * order.
	 */
	public static int choose(List<StoryFeatures> members, TermStatistics statistics) {
		Map<String, Integer> counts = new HashMap<>();
		members
			.forEach((member) -> member.titleTerms().keySet().forEach((term) -> counts.merge(term, 1, Integer::sum)));
		StorySimilarity similarity = new StorySimilarity(statistics, StoryWeights.STANDARD);
		int best = 0;
		double bestScore = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < members.size(); i++) {
			double score = representativeness(members.get(i).titleTerms(), counts, similarity::termWeight);
			if (score > bestScore + 1e-9) {
				best = i;
				bestScore = score;
			}
		}
		return best;
	}

}
