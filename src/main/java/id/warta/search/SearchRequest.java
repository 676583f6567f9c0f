package id.warta.search;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A search, or a filtered list, as the reader asked for it.
 *
 * @param text the query text (words, "quoted phrases", -excluded words), or {@code null}
 * for every article that passes the filters, newest first
 * @param outletSlugs only articles of any of these outlets, or all when empty
 * @param entities only articles that name every one of these gazetteer entities
 * @param agencies only articles that credit any of these agencies, or all when empty
 * @param story only the articles of this story, if given
 * @param from only articles published on this day (WIB) or later, if given
 * @param to only articles published on this day (WIB) or earlier, if given
 * @param order relevance (default) or newest first
 * @param page the page number, from 1
 * @param size hits per page
 * @param weeks whether to count the hits per week and outlet, for a chart
 */
public record SearchRequest(@Nullable String text, List<String> outletSlugs, List<String> entities,
		List<String> agencies, @Nullable Long story, @Nullable LocalDate from, @Nullable LocalDate to, Order order,
		int page, int size, boolean weeks) {

	/** Longest query text we search for; longer input is cut and the reader told. */
	public static final int MAX_LENGTH = 500;

	public SearchRequest {
		outletSlugs = List.copyOf(outletSlugs);
		entities = List.copyOf(entities);
		agencies = List.copyOf(agencies);
	}

	/** A search for words, with the outlet and date filters. */
	public SearchRequest(String text, List<String> outletSlugs, @Nullable LocalDate from, @Nullable LocalDate to,
			Order order, int page, int size) {
		this(text, outletSlugs, List.of(), List.of(), null, from, to, order, page, size, false);
	}

	/**
	 * How hits are ordered.
	 */
	public enum Order {

		RELEVANCE, NEWEST

	}

}
