package id.warta.article;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * A value computed over all articles, such as counts or facets, kept until the articles
 * change ({@link ArticleCatalog#version()}). One thread at a time computes it: once the
 * articles have changed, the first caller computes the new value and the others meanwhile
 * get the one before, so that a steady ingest does not make every reader of a page count
 * again at once. Only the very first computation is waited for.
 *
 * @param <V> the value
 */
public final class VersionedValue<V> {

	private final ReentrantLock computing = new ReentrantLock();

	private volatile @Nullable Held<V> held;

	/**
	 * The value for this version of the articles, or, while another thread computes it,
	 * the one for an earlier version.
	 */
	public V get(Object version, Supplier<V> compute) {
		Held<V> current = this.held;
		if (current != null && current.version().equals(version)) {
			return current.value();
		}
		if (current == null) {
			this.computing.lock();
		}
		else if (!this.computing.tryLock()) {
			return current.value();
		}
		try {
			Held<V> now = this.held;
			if (now != null && now.version().equals(version)) {
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

	private record Held<V>(Object version, V value) {
	}

}
