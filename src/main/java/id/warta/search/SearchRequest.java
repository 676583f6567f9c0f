package id.warta.search;

import org.jspecify.annotations.Nullable;

/**
 * A search as the reader asked for it.
 *
 * @param text the query text: words, "quoted phrases", -excluded words
 * @param outletSlug only this outlet's articles, or all when {@code null}
 * @param order relevance (default) or newest first
 * @param page the page number, from 1
 * @param size hits per page
 */
public record SearchRequest(String text, @Nullable String outletSlug, Order order, int page, int size) {

	/** Longest query text we search for; longer input is cut and the reader told. */
	public static final int MAX_LENGTH = 500;

	/**
	 * How hits are ordered.
	 */
	public enum Order {

		RELEVANCE, NEWEST

	}

}
