package id.warta.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Which event each synthetic article belongs to: events follow each other in article
 * numbers, each with as many articles as news gives an event — about half have one
 * version, most of the rest two to eight, a few dozens, one in a hundred up to 120 — the
 * size of event {@code e} drawn from the seed alone, so that article {@code n} is in the
 * same event on every run.
 */
final class EventPlan {

	private final long seed;

	// Where each event planned so far starts; grows as later articles are asked for.
	private final List<Long> starts = new ArrayList<>();

	private long end;

	EventPlan(long seed) {
		this.seed = seed;
	}

	/**
	 * The event of article {@code n} and the article's place in it, from 0.
	 */
	synchronized Place place(long n) {
		while (this.end <= n) {
			this.starts.add(this.end);
			this.end += size(this.starts.size() - 1);
		}
		int low = 0;
		int high = this.starts.size() - 1;
		while (low < high) {
			int middle = (low + high + 1) >>> 1;
			if (this.starts.get(middle) <= n) {
				low = middle;
			}
			else {
				high = middle - 1;
			}
		}
		return new Place(low, (int) (n - this.starts.get(low)));
	}

	/** How many articles event {@code e} has. */
	int size(long e) {
		SplittableRandom random = new SplittableRandom(this.seed * 104_729L + e);
		double r = random.nextDouble();
		if (r < 0.45) {
			return 1;
		}
		if (r < 0.75) {
			return 2 + random.nextInt(2);
		}
		if (r < 0.92) {
			return 4 + random.nextInt(5);
		}
		if (r < 0.99) {
			return 9 + random.nextInt(22);
		}
		return 31 + random.nextInt(90);
	}

	/**
	 * Where an article is.
	 *
	 * @param event its event
	 * @param index its place among the event's articles, from 0
	 */
	record Place(long event, int index) {
	}

}
