package id.warta.search.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load: a number of clients, each doing one request after another for a
 * while, every latency kept. Each client does at least one request, however long it
 * takes, so that slow baselines ({@code LIKE} over a million articles) still give a
 * figure.
 */
final class ClosedLoop {

	private ClosedLoop() {
	}

	/** One client's request; {@code false} or an exception counts as an error. */
	@FunctionalInterface
	interface Request {

		boolean send(int client) throws Exception;

	}

	static Measurement run(Request request, int clients, int seconds) throws InterruptedException {
		long start = System.nanoTime();
		long end = start + seconds * 1_000_000_000L;
		List<long[]> perClient = new ArrayList<>();
		int[] counts = new int[clients];
		AtomicLong errors = new AtomicLong();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			long[] latencies = new long[2_000_000];
			perClient.add(latencies);
			int client = c;
			Thread thread = new Thread(() -> {
				while ((System.nanoTime() < end || counts[client] == 0) && counts[client] < latencies.length) {
					long begin = System.nanoTime();
					try {
						if (!request.send(client)) {
							errors.incrementAndGet();
						}
					}
					catch (InterruptedException ex) {
						return;
					}
					catch (Exception ex) {
						errors.incrementAndGet();
					}
					latencies[counts[client]++] = System.nanoTime() - begin;
				}
			});
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		int total = Arrays.stream(counts).sum();
		long[] all = new long[total];
		int at = 0;
		for (int c = 0; c < clients; c++) {
			System.arraycopy(perClient.get(c), 0, all, at, counts[c]);
			at += counts[c];
		}
		Arrays.sort(all);
		return new Measurement(all, elapsed, errors.get());
	}

	/** Latencies, sorted, of a run that lasted {@code seconds}. */
	record Measurement(long[] sortedNanos, double seconds, long errors) {

		static Measurement of(long[] nanos) {
			long[] sorted = nanos.clone();
			Arrays.sort(sorted);
			return new Measurement(sorted, Arrays.stream(sorted).sum() / 1e9, 0);
		}

		double percentile(int p) {
			if (this.sortedNanos.length == 0) {
				return Double.NaN;
			}
			int index = (int) Math.ceil(p / 100.0 * this.sortedNanos.length) - 1;
			return this.sortedNanos[Math.max(0, index)] / 1e6;
		}

		double perSecond() {
			return this.sortedNanos.length / this.seconds;
		}

	}

}
