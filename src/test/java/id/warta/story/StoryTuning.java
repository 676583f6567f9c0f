package id.warta.story;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import id.warta.scraper.Block;

/**
 * Searches the weights of story grouping on the fixtures (a command, not a test): random
 * weights around the standard ones, each scored by mean B-cubed F1 over shuffled orders
 * of all fixtures and of the seeds alone, and rejected when any order joins more than two
 * pairs wrongly.
 */
public final class StoryTuning {

	public static void main(String[] args) {
		int trials = (args.length > 0) ? Integer.parseInt(args[0]) : 200;
		List<StoryFixtures.Fixture> fixtures = new ArrayList<>(StoryFixtures.all());
		if (args.length > 1 && args[1].equals("both")) {
			fixtures.addAll(StoryFixtures.heldOut());
		}
		StoryFeatureReader reader = new StoryFeatureReader();
		List<StoryFeatures> features = fixtures.stream()
			.map((f) -> reader.read(f.article().title(), f.article().body().stream().map(Block::text).toList(),
					(f.article().published() != null) ? f.article().published().dateTime().toLocalDate() : null))
			.toList();
		List<Integer> seeds = new ArrayList<>();
		for (int i = 0; i < fixtures.size(); i++) {
			if (fixtures.get(i).story().startsWith("seeds")) {
				seeds.add(i);
			}
		}
		Random random = new Random(7);
		List<List<Integer>> orders = new ArrayList<>();
		List<List<Integer>> seedOrders = new ArrayList<>();
		for (int k = 0; k < 12; k++) {
			List<Integer> order = new ArrayList<>();
			for (int i = 0; i < fixtures.size(); i++) {
				order.add(i);
			}
			if (k > 0) {
				Collections.shuffle(order, random);
			}
			orders.add(order);
			List<Integer> seedOrder = new ArrayList<>(seeds);
			Collections.shuffle(seedOrder, random);
			seedOrders.add(seedOrder);
		}
		StoryWeights best = StoryBenchmark.weights();
		double bestScore = evaluate(best, fixtures, features, orders, seedOrders, true);
		Random search = new Random(11);
		for (int t = 0; t < trials; t++) {
			StoryWeights candidate = (t % 2 == 0) ? mutate(best, search, 0.3)
					: mutate(StoryWeights.STANDARD, search, 0.6);
			double score = evaluate(candidate, fixtures, features, orders, seedOrders, false);
			if (score > bestScore) {
				bestScore = score;
				best = candidate;
				System.out.printf("trial %d: %.4f %s%n", t, score, candidate);
				evaluate(candidate, fixtures, features, orders, seedOrders, true);
			}
		}
		System.out.println("best " + best);
	}

	private static double evaluate(StoryWeights weights, List<StoryFixtures.Fixture> fixtures,
			List<StoryFeatures> features, List<List<Integer>> orders, List<List<Integer>> seedOrders, boolean print) {
		double f1 = 0;
		int wrong = 0;
		for (List<Integer> order : orders) {
			BCubed result = StoryBenchmark.run(fixtures, features, order, false, weights);
			f1 += result.f1();
			wrong = Math.max(wrong, result.wrongPairs());
		}
		double seedsF1 = 0;
		for (List<Integer> order : seedOrders) {
			BCubed result = StoryBenchmark.run(fixtures, features, order, false, weights);
			seedsF1 += result.f1();
		}
		f1 /= orders.size();
		seedsF1 /= seedOrders.size();
		if (print) {
			System.out.printf("    fixtures F1 %.4f (most wrong pairs %d), seeds F1 %.4f%n", f1, wrong, seedsF1);
		}
		return f1 + seedsF1 * 0.5 - Math.max(0, wrong - 2) * 0.01;
	}

	private static StoryWeights mutate(StoryWeights w, Random random, double spread) {
		return new StoryWeights(1.0, vary(w.title(), random, spread), vary(w.entities(), random, spread),
				vary(Math.max(w.lead(), 0.05), random, spread), vary(Math.max(w.leadEntities(), 0.05), random, spread),
				vary(w.actors(), random, spread), vary(w.sameDays(), random, spread),
				vary(w.nearDays(), random, spread), vary(Math.max(w.farDays(), 0.05), random, spread),
				vary(w.unknownDays(), random, spread), vary(w.threshold(), random, spread * 0.5),
				vary(w.priorArticles(), random, spread), vary(w.rootPrior(), random, spread),
				vary(w.wordPrior(), random, spread), vary(w.entityPrior(), random, spread));
	}

	private static double vary(double value, Random random, double spread) {
		double factor = Math.exp((random.nextDouble() * 2 - 1) * spread);
		return Math.round(value * factor * 1000) / 1000.0;
	}

}
