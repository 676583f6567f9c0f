package id.warta.system;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, as templates see it.
 *
 * @param <T> the item type
 * @param items the items on this page
 * @param number the page number, from 1
 * @param size the page size
 * @param total the number of items on all pages
 */
public record ResultPage<T>(List<T> items, int number, int size, long total) {

	public ResultPage {
		items = List.copyOf(items);
	}

	public int totalPages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.number > 1;
	}

	public boolean hasNext() {
		return this.number < totalPages();
	}

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

	/** Position of the first item on this page among all items, from 1. */
	public long firstItem() {
		return this.items.isEmpty() ? 0 : (long) (this.number - 1) * this.size + 1;
	}

	public long lastItem() {
		return this.items.isEmpty() ? 0 : firstItem() + this.items.size() - 1;
	}

	public <R> ResultPage<R> map(Function<T, R> mapper) {
		return new ResultPage<>(this.items.stream().map(mapper).toList(), this.number, this.size, this.total);
	}

}
