package id.warta.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Where a reader is in a list: the search words, the outlet filter, the order and the
 * page. Lists pass it along to the articles they link to so that an article's back link
 * returns to the same place. Every link it makes goes to the home page or the search page
 * of this site, whatever the parameters hold: a back link is never an open redirect.
 *
 * @param query the search words, or {@code null} for the home list
 * @param outlet the outlet filter's slug, or {@code null} for all outlets
 * @param sort {@link #NEWEST} or {@code null} for the default order
 * @param page the page number, from 1
 */
public record ListContext(@Nullable String query, @Nullable String outlet, @Nullable String sort, int page) {

	/** The sort parameter's value for newest first; relevance is the default. */
	public static final String NEWEST = "newest";

	/**
	 * Highest page number we serve; beyond it offsets overflow and nobody reads that far.
	 */
	public static final int MAX_PAGE = 10_000;

	/** Longest query we carry along in links. */
	static final int MAX_QUERY = 2_000;

	/** Longest outlet slug; outlet slugs are at most 200 characters. */
	static final int MAX_OUTLET = 200;

	/**
	 * The context as request parameters give it, cleaned: blank values are absent, the
	 * page is a number from 1 to {@link #MAX_PAGE} (1 when it is not a number), and
	 * unknown sort orders are the default.
	 */
	public static ListContext of(@Nullable String query, @Nullable String outlet, @Nullable String sort,
			@Nullable String page) {
		return new ListContext(clean(query, MAX_QUERY), clean(outlet, MAX_OUTLET),
				NEWEST.equals(clean(sort, 20)) ? NEWEST : null, pageNumber(page));
	}

	public ListContext {
		page = Math.min(Math.max(page, 1), MAX_PAGE);
	}

	/**
	 * Whether this is a search; otherwise it is the home list.
	 */
	public boolean search() {
		return this.query != null;
	}

	public ListContext withPage(int page) {
		return new ListContext(this.query, this.outlet, this.sort, page);
	}

	/**
	 * The same list with another outlet filter ({@code null} for all), from its first
	 * page.
	 */
	public ListContext withOutlet(@Nullable String outlet) {
		return new ListContext(this.query, outlet, this.sort, 1);
	}

	/**
	 * The same search in another order ({@code null} for relevance), from its first page.
	 */
	public ListContext withSort(@Nullable String sort) {
		return new ListContext(this.query, this.outlet, sort, 1);
	}

	/**
	 * The list this context describes: the search page or the home page.
	 */
	public String listHref() {
		return (search() ? "/search" : "/") + queryString(parameters());
	}

	/**
	 * An article, with this context for its back link.
	 */
	public String articleHref(long id) {
		return "/articles/" + id + queryString(parameters());
	}

	private Map<String, @Nullable String> parameters() {
		Map<String, @Nullable String> parameters = new LinkedHashMap<>();
		parameters.put("q", this.query);
		parameters.put("outlet", this.outlet);
		// The order only means something for a search.
		parameters.put("sort", search() ? this.sort : null);
		parameters.put("page", (this.page > 1) ? Integer.toString(this.page) : null);
		return parameters;
	}

	private static String queryString(Map<String, @Nullable String> parameters) {
		String query = parameters.entrySet()
			.stream()
			.filter((parameter) -> parameter.getValue() != null)
			.map((parameter) -> parameter.getKey() + "="
					+ URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return query.isEmpty() ? "" : "?" + query;
	}

	private static @Nullable String clean(@Nullable String value, int maxLength) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		return (stripped.length() <= maxLength) ? stripped : stripped.substring(0, maxLength);
	}

	private static int pageNumber(@Nullable String page) {
		if (page == null) {
			return 1;
		}
		try {
			return Integer.parseInt(page.strip());
		}
		catch (NumberFormatException ex) {
			// "abc" is page 1; a number too large for an int is past any last page.
			return page.strip().matches("\\+?\\d+") ? MAX_PAGE : 1;
		}
	}

}
