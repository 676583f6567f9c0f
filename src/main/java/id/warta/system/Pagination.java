package id.warta.system;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.jspecify.annotations.Nullable;

/**
 * Links to the pages of a list, for the pagination fragment: previous, next, the first
 * and last page, and a few around the current one with gaps between.
 *
 * @param number the current page, from 1
 * @param totalPages how many pages there are
 * @param previousHref the previous page, if any
 * @param nextHref the next page, if any
 * @param pages the numbered links in order
 */
public record Pagination(int number, int totalPages, @Nullable String previousHref, @Nullable String nextHref,
		List<PageLink> pages) {

	/** Pages shown on each side of the current one. */
	private static final int AROUND = 2;

	public static Pagination of(ResultPage<?> page, ListContext context) {
		return of(page, (n) -> context.withPage(n).listHref());
	}

	/**
	 * The links of a list whose page {@code n} is at {@code href.apply(n)}.
	 */
	public static Pagination of(ResultPage<?> page, IntFunction<String> href) {
		int total = page.totalPages();
		int current = page.number();
		List<PageLink> links = new ArrayList<>();
		int previous = 0;
		for (int n = 1; n <= total; n++) {
			boolean shown = n == 1 || n == total || Math.abs(n - current) <= AROUND;
			if (!shown) {
				continue;
			}
			if (previous > 0 && n > previous + 1) {
				links.add(PageLink.GAP);
			}
			links.add(new PageLink(n, href.apply(n), n == current));
			previous = n;
		}
		return new Pagination(current, total, page.hasPrevious() ? href.apply(current - 1) : null,
				page.hasNext() ? href.apply(current + 1) : null, links);
	}

	/**
	 * Whether there is more than one page, so that the fragment has anything to show.
	 */
	public boolean needed() {
		return this.totalPages > 1;
	}

	/**
	 * A numbered page link, or a gap between numbers when {@code number} is 0.
	 *
	 * @param number the page number, or 0 for a gap
	 * @param href the page
	 * @param current whether it is the page shown
	 */
	public record PageLink(int number, String href, boolean current) {

		static final PageLink GAP = new PageLink(0, "", false);

		public boolean gap() {
			return this.number == 0;
		}

	}

}
