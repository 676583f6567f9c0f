package id.warta.story;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import id.warta.scraper.Block;

/**
 * Grouping quality on Warta's own story fixtures and the seeds: B-cubed precision, recall
 * and F1 and the pairs joined wrongly, in the fixtures' order and in shuffled orders.
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=id.warta.story.StoryBenchmark
 * -Dexec.args="20"} (the number of shuffled orders).
 */
public final class StoryBenchmark {

	public static void main(String[] args) {
		int orders = (args.length > 0) ? Integer.parseInt(args[0]) : 20;
		boolean verbose = args.length > 2 || (args.length > 1 && args[1].equals("v"));
		List<StoryFixtures.Fixture> fixtures = StoryFixtures.all();
		if (args.length > 1 && args[1].equals("seeds")) {
			fixtures = fixtures.stream().filter((f) -> f.story().startsWith("seeds")).toList();
		}
		if (args.length > 1 && args[1].equals("heldout")) {
			fixtures = StoryFixtures.heldOut();
		}
		if (args.length > 1 && args[1].equals("both")) {
			fixtures = new ArrayList<>(fixtures);
			fixtures.addAll(StoryFixtures.heldOut());
		}
		StoryFeatureReader reader = new StoryFeatureReader();
		List<StoryFeatures> features = fixtures.stream()
			.map((f) -> reader.read(f.article().title(), f.article().body().stream().map(Block::text).toList(),
					(f.article().published() != null) ? f.article().published().dateTime().toLocalDate() : null))
			.toList();
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < fixtures.size(); i++) {
			order.add(i);
		}
		System.out.printf("Story grouping: %d fixtures in %d stories%n", fixtures.size(),
				fixtures.stream().map(StoryFixtures.Fixture::story).distinct().count());
		BCubed given = run(fixtures, features, order, verbose);
		System.out.printf("  fixture order:   P %.3f  R %.3f  F1 %.3f  wrongly joined pairs %d%n", given.precision(),
				given.recall(), given.f1(), given.wrongPairs());
		Random random = new Random(1);
		double p = 0;
		double r = 0;
		double f = 0;
		double worst = 1;
		int worstWrong = 0;
		for (int k = 0; k < orders; k++) {
			Collections.shuffle(order, random);
			BCubed result = run(fixtures, features, order, false);
			p += result.precision();
			r += result.recall();
			f += result.f1();
			worst = Math.min(worst, result.f1());
			worstWrong = Math.max(worstWrong, result.wrongPairs());
		}
		if (orders > 0) {
			System.out.printf("  %d shuffled:     P %.3f  R %.3f  F1 %.3f (mean); worst F1 %.3f; most wrong pairs %d%n",
					orders, p / orders, r / orders, f / orders, worst, worstWrong);
		}
	}

	static BCubed run(List<StoryFixtures.Fixture> fixtures, List<StoryFeatures> features, List<Integer> order,
			boolean verbose) {
		return run(fixtures, features, order, verbose, weights());
	}

	/**
	 * The standard weights, or those of {@code -Dstory.weights=title,entities,…} when
	 * trying others.
	 */
	static StoryWeights weights() {
		String given = System.getProperty("story.weights");
		if (given == null) {
			return StoryWeights.STANDARD;
		}
		double[] w = java.util.Arrays.stream(given.split(",")).mapToDouble(Double::parseDouble).toArray();
		return new StoryWeights(1.0, w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9], w[10], w[11], w[12],
				w[13]);
	}

	static BCubed run(List<StoryFixtures.Fixture> fixtures, List<StoryFeatures> features, List<Integer> order,
			boolean verbose, StoryWeights weights) {
		InMemoryStories stories = new InMemoryStories(weights);
		List<String> truth = new ArrayList<>();
		List<Long> predicted = new ArrayList<>();
		for (int i : order) {
			truth.add(fixtures.get(i).story());
			predicted.add(stories.add(features.get(i)));
		}
		if (verbose) {
			for (int k = 0; k < order.size(); k++) {
				System.out.printf("    %3d  %-24s %s%n", predicted.get(k), truth.get(k),
						fixtures.get(order.get(k)).file().getFileName());
			}
		}
		return BCubed.of(truth, predicted);
	}

}
