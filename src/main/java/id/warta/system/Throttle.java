package id.warta.system;

import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * Token buckets by key (a client's address, a user name), Bucket4j's: each key may spend
 * {@code capacity} at once and gets them back at {@code capacity} per {@code period}, so
 * a key throttled is let through again as soon as it slows down: nobody is locked out for
 * good. Keys idle for long are forgotten, so that a flood of addresses cannot fill the
 * memory. Thread-safe.
 */
public final class Throttle {

	private final Cache<String, Bucket> buckets;

	private final long capacity;

	private final Duration period;

	private final TimeMeter time;

	/**
	 * @param capacity what a key may spend at once, and gets back per period
	 * @param period how long the whole capacity takes to come back
	 * @param clock the time buckets refill by
	 */
	public Throttle(long capacity, Duration period, Clock clock) {
		this.capacity = capacity;
		this.period = period;
		this.time = new ClockTime(clock);
		this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(period.multipliedBy(2)).build();
	}

	/** Takes one from the key's bucket: whether it had one. */
	public boolean tryTake(String key) {
		return bucket(key).tryConsume(1);
	}

	/** Takes one from the key's bucket, down to none. */
	public void take(String key) {
		bucket(key).tryConsume(1);
	}

	/** Whether the key's bucket has one left, taking none. */
	public boolean allows(String key) {
		return bucket(key).getAvailableTokens() > 0;
	}

	/** How long until the key's bucket has one again. */
	public Duration retryAfter(String key) {
		long nanos = bucket(key).estimateAbilityToConsume(1).getNanosToWaitForRefill();
		return Duration.ofNanos(nanos);
	}

	private Bucket bucket(String key) {
		return this.buckets.get(key, (k) -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(this.capacity).refillGreedy(this.capacity, this.period).build())
			.withCustomTimePrecision(this.time)
			.build());
	}

	/** The application's clock as Bucket4j's time, so that tests can move it. */
	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			return this.clock.millis() * 1_000_000L;
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
