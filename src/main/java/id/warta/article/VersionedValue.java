package id.warta.article;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value computed over all articles, such as counts or facets, kept until the articles
 * change ({@link ArticleCatalog#version()}). Only the very first computation is waited
 * for as long as it takes. Once the articles have changed, the new value is computed on a
 * thread of its own, one computation at a time: the reader that starts it waits for it at
 * most {@link #PATIENCE} before it is given the value before, and readers that come while
 * it runs are given the value before at once. A steady ingest changes the version with
 * every batch, and at 100,000 articles a count over all of them under load takes seconds,
 * which no reader of a page should wait (stale while revalidating); on a small or quiet
 * reader the count is in long before, and the page that asked shows it.
 *
 * @param <V> the value
 */
public final class VersionedValue<V> {

	/** How long a reader waits for a new value before it is given the one before. */
	static final Duration PATIENCE = Duration.ofSeconds(1);

	private static final Logger logger = LoggerFactory.getLogger(VersionedValue.class);

	/**
	 * The one thread that computes values over all articles again, for every cache of
	 * them (the catalog's version too).
	 */
	static final ExecutorService REFRESHER = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "versioned-values");
		thread.setDaemon(true);
		return thread;
	});

	private final ReentrantLock computing = new ReentrantLock();

	private final AtomicReference<@Nullable CompletableFuture<V>> refreshing = new AtomicReference<>();

	private final Executor refresher;

	private final Duration patience;

	private volatile @Nullable Held<V> held;

	public VersionedValue() {
		this(REFRESHER, PATIENCE);
	}

	VersionedValue(Executor refresher, Duration patience) {
		this.refresher = refresher;
		this.patience = patience;
	}

	/**
	 * The value for this version of the articles, or, while it is being computed past
	 * {@link #PATIENCE}, the one for an earlier version.
	 */
	public V get(Object version, Supplier<V> compute) {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			// A transaction that may have written sees articles that no other thread sees
			// yet: its value is its own, and is not kept.
			return compute.get();
		}
		Held<V> current = this.held;
		if (current == null) {
			return first(version, compute);
		}
		if (current.version().equals(version)) {
			return current.value();
		}
		CompletableFuture<V> refresh = startRefresh(version, compute);
		if (refresh == null) {
			// Being computed already, for a reader before: this one does not wait.
			return current.value();
		}
		try {
			return refresh.get(this.patience.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			return current.value();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return current.value();
		}
	}

	private V first(Object version, Supplier<V> compute) {
		this.computing.lock();
		try {
			Held<V> now = this.held;
			if (now != null) {
				return now.value();
			}
			V value = compute.get();
			this.held = new Held<>(version, value);
			return value;
		}
		finally {
			this.computing.unlock();
		}
	}

	/**
	 * A new computation, or {@code null} when one is under way already or none can start.
	 */
	private @Nullable CompletableFuture<V> startRefresh(Object version, Supplier<V> compute) {
		CompletableFuture<V> started = new CompletableFuture<>();
		if (!this.refreshing.compareAndSet(null, started)) {
			return null;
		}
		try {
			this.refresher.execute(() -> compute(version, compute, started));
		}
		catch (RejectedExecutionException ex) {
			this.refreshing.set(null);
			return null;
		}
		return started;
	}

	private void compute(Object version, Supplier<V> compute, CompletableFuture<V> result) {
		this.computing.lock();
		try {
			V value = compute.get();
			this.held = new Held<>(version, value);
			result.complete(value);
		}
		catch (RuntimeException ex) {
			// The value before stays; the next reader asks again.
			logger.warn("Could not compute a value for articles {}: {}", version, ex.toString());
			result.completeExceptionally(ex);
		}
		finally {
			this.computing.unlock();
			this.refreshing.set(null);
		}
	}

	private record Held<V>(Object version, V value) {
	}

}
