package id.warta.source;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One request at a time per host, and a pause between two: whoever holds a host's slot
 * has its only connection, and the next request waits until the delay after the last one
 * has passed. Fair locks, so that no source starves another on a shared host.
 */
final class HostSlots {

	private final Map<String, Slot> slots = new ConcurrentHashMap<>();

	/**
	 * Runs the request once the host is free and its delay has passed.
	 * @param host the host and port
	 * @param delay the pause to keep after this request
	 */
	<T> T withHost(String host, Duration delay, Request<T> request) throws java.io.IOException, InterruptedException {
		Slot slot = this.slots.computeIfAbsent(host, (key) -> new Slot());
		slot.lock.lockInterruptibly();
		try {
			long wait = slot.nextAllowed - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			return request.run();
		}
		finally {
			slot.nextAllowed = System.nanoTime() + delay.toNanos();
			slot.lock.unlock();
		}
	}

	/**
	 * A request to one host.
	 */
	@FunctionalInterface
	interface Request<T> {

		T run() throws java.io.IOException;

	}

	private static final class Slot {

		private final ReentrantLock lock = new ReentrantLock(true);

		// Written and read only under the lock.
		private long nextAllowed = System.nanoTime();

	}

}
