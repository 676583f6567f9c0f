package id.warta.search;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A search as the reader asked for it.
 *
 * @param text the query text: words, "quoted phrases", -excluded words
 * @param outletSlugs only articles of any of these outlets, or all when empty
 * @param from only articles published on this day (WIB) or later, if given
 * @param to only articles published on this day (WIB) or earlier, if given
 * @param order relevance (default) or newest first
 * @param page the page number, from 1
 * @param size hits per page
 */
public record SearchRequest(String text, List<String> outletSlugs, @Nullable LocalDate from, @Nullable LocalDate to,
		Order order, int page, int size) {

	/** Longest query text we search for; longer input is cut and the reader told. */
	public static final int MAX_LENGTH = 500;

	public SearchRequest {
		outletSlugs = List.copyOf(outletSlugs);
	}

	/**
	 * How hits are ordered.
	 */
	public enum Order {

		RELEVANCE, NEWEST

	}

}
