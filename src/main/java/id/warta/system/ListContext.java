package id.warta.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Where a reader is in a list: the search words, the outlet filter, the order and the
 * page. Lists pass it along to the articles they link to so that an article's back link
 * returns to the same place. Every link it makes goes to the home page or the search page
 * of this site, whatever the parameters hold: a back link is never an open redirect.
 *
 * @param base the page the list is on: {@code /}, {@code /search} or a topic's
 * {@code /topik/<slug>}
 * @param query the search words, or {@code null} for the home list
 * @param outlets the outlet filter's slugs, any of which may match; empty for all outlets
 * @param entities the entity filter's slugs, all of which must be named; empty for none
 * @param agencies the agency filter's slugs, any of which may be credited; empty for all
 * @param from only articles published on this day (WIB) or later, if given
 * @param to only articles published on this day (WIB) or earlier, if given
 * @param sort {@link #NEWEST} or {@code null} for the default order
 * @param page the page number, from 1
 */
public record ListContext(String base, @Nullable String query, List<String> outlets, List<String> entities,
		List<String> agencies, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String sort, int page) {

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

	/** Most outlets in one filter; there are not many more outlets than that. */
	static final int MAX_OUTLETS = 50;

	/** Most entities or agencies in one filter. */
	static final int MAX_TAGS = 10;

	/** Longest entity or agency slug. */
	static final int MAX_TAG = 100;

	/** The pages a list may be on; a topic's page is checked by its slug's form. */
	private static final java.util.regex.Pattern BASE = java.util.regex.Pattern
		.compile("/|/search|/topik/[a-z0-9]+(-[a-z0-9]+)*");

	/** A list of the home page or the search page, as the filters of old had it. */
	public ListContext(@Nullable String query, List<String> outlets, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable String sort, int page) {
		this((query != null) ? "/search" : "/", query, outlets, List.of(), List.of(), from, to, sort, page);
	}

	/**
	 * The context as request parameters give it, cleaned: blank values are absent, the
	 * page is a number from 1 to {@link #MAX_PAGE} (1 when it is not a number), and
	 * unknown sort orders are the default.
	 */
	public static ListContext of(@Nullable String query, @Nullable String outlet, @Nullable String sort,
			@Nullable String page) {
		return of(query, (outlet != null) ? List.of(outlet) : List.of(), null, null, sort, page);
	}

	/**
	 * The context as request parameters give it, cleaned as
	 * {@link #of(String, String, String, String)} does; blank and repeated outlets are
	 * dropped. Dates are parsed by the caller, which tells the reader about bad ones.
	 */
	public static ListContext of(@Nullable String query, @Nullable List<String> outlets, @Nullable LocalDate from,
			@Nullable LocalDate to, @Nullable String sort, @Nullable String page) {
		return of(null, query, outlets, null, null, from, to, sort, page);
	}

	/**
	 * The context of a list with every filter, cleaned as
	 * {@link #of(String, List, LocalDate, LocalDate, String, String)} does.
	 * @param base the page the list is on, {@code null} for the home or search page
	 */
	public static ListContext of(@Nullable String base, @Nullable String query, @Nullable List<String> outlets,
			@Nullable List<String> entities, @Nullable List<String> agencies, @Nullable LocalDate from,
			@Nullable LocalDate to, @Nullable String sort, @Nullable String page) {
		String text = clean(query, MAX_QUERY);
		return new ListContext((base != null) ? base : (text != null) ? "/search" : "/", text,
				slugs(outlets, MAX_OUTLET, MAX_OUTLETS), slugs(entities, MAX_TAG, MAX_TAGS),
				slugs(agencies, MAX_TAG, MAX_TAGS), from, to, NEWEST.equals(clean(sort, 20)) ? NEWEST : null,
				pageNumber(page));
	}

	private static List<String> slugs(@Nullable List<String> values, int maxLength, int max) {
		List<String> slugs = new ArrayList<>();
		if (values != null) {
			for (String value : values) {
				String slug = clean(value, maxLength);
				if (slug != null && !slugs.contains(slug) && slugs.size() < max) {
					slugs.add(slug);
				}
			}
		}
		return slugs;
	}

	public ListContext {
		if (!BASE.matcher(base).matches()) {
			throw new IllegalArgumentException("Not a list page of this site: " + base);
		}
		outlets = List.copyOf(outlets);
		entities = List.copyOf(entities);
		agencies = List.copyOf(agencies);
		page = Math.min(Math.max(page, 1), MAX_PAGE);
	}

	/**
	 * Whether any filter narrows the list: outlets, entities, agencies or days.
	 */
	public boolean filtered() {
		return !this.outlets.isEmpty() || !this.entities.isEmpty() || !this.agencies.isEmpty() || this.from != null
				|| this.to != null;
	}

	/**
	 * The one outlet the list is filtered to, or {@code null} for none or several.
	 */
	public @Nullable String outlet() {
		return (this.outlets.size() == 1) ? this.outlets.get(0) : null;
	}

	/**
	 * Whether this is a search; otherwise it is the home list.
	 */
	public boolean search() {
		return this.query != null;
	}

	public ListContext withPage(int page) {
		return new ListContext(this.base, this.query, this.outlets, this.entities, this.agencies, this.from, this.to,
				this.sort, page);
	}

	/**
	 * The same list filtered to this one outlet ({@code null} for all), from its first
	 * page.
	 */
	public ListContext withOutlet(@Nullable String outlet) {
		return withOutlets((outlet != null) ? List.of(outlet) : List.of());
	}

	/**
	 * The same list filtered to these outlets (none for all), from its first page.
	 */
	public ListContext withOutlets(List<String> outlets) {
		return new ListContext(this.base, this.query, outlets, this.entities, this.agencies, this.from, this.to,
				this.sort, 1);
	}

	/**
	 * The same list with this entity added to the filter, or taken out of it, from its
	 * first page.
	 */
	public ListContext toggleEntity(String entity) {
		return new ListContext(this.base, this.query, this.outlets, toggle(this.entities, entity), this.agencies,
				this.from, this.to, this.sort, 1);
	}

	/**
	 * The same list with this agency added to the filter, or taken out of it, from its
	 * first page.
	 */
	public ListContext toggleAgency(String agency) {
		return new ListContext(this.base, this.query, this.outlets, this.entities, toggle(this.agencies, agency),
				this.from, this.to, this.sort, 1);
	}

	/** The same list without entity and agency filters, from its first page. */
	public ListContext withoutTags() {
		return new ListContext(this.base, this.query, this.outlets, List.of(), List.of(), this.from, this.to, this.sort,
				1);
	}

	private static List<String> toggle(List<String> values, String value) {
		List<String> toggled = new ArrayList<>(values);
		if (!toggled.remove(value)) {
			toggled.add(value);
		}
		return toggled;
	}

	/**
	 * The same list with this outlet added to the filter, or taken out of it when it is
	 * there, from its first page.
	 */
	public ListContext toggleOutlet(String outlet) {
		List<String> outlets = new ArrayList<>(this.outlets);
		if (!outlets.remove(outlet)) {
			outlets.add(outlet);
		}
		return withOutlets(outlets);
	}

	/**
	 * The same list in another date range ({@code null} for open ends), from its first
	 * page.
	 */
	public ListContext withDates(@Nullable LocalDate from, @Nullable LocalDate to) {
		return new ListContext(this.base, this.query, this.outlets, this.entities, this.agencies, from, to, this.sort,
				1);
	}

	/**
	 * The same search in another order ({@code null} for relevance), from its first page.
	 */
	public ListContext withSort(@Nullable String sort) {
		return new ListContext(this.base, this.query, this.outlets, this.entities, this.agencies, this.from, this.to,
				sort, 1);
	}

	/**
	 * The list this context describes: the search page, the home page or a topic's page.
	 */
	public String listHref() {
		return this.base + queryString(parameters());
	}

	/**
	 * An article, with this context for its back link.
	 */
	public String articleHref(long id) {
		return "/articles/" + id + queryString(parameters());
	}

	private List<Map.Entry<String, @Nullable String>> parameters() {
		List<Map.Entry<String, @Nullable String>> parameters = new ArrayList<>();
		parameters.add(parameter("q", this.query));
		this.outlets.forEach((outlet) -> parameters.add(parameter("outlet", outlet)));
		this.entities.forEach((entity) -> parameters.add(parameter("entity", entity)));
		this.agencies.forEach((agency) -> parameters.add(parameter("agency", agency)));
		parameters.add(parameter("from", (this.from != null) ? this.from.toString() : null));
		parameters.add(parameter("to", (this.to != null) ? this.to.toString() : null));
		// The order only means something for a search.
		parameters.add(parameter("sort", search() ? this.sort : null));
		parameters.add(parameter("page", (this.page > 1) ? Integer.toString(this.page) : null));
		return parameters;
	}

	private static Map.Entry<String, @Nullable String> parameter(String name, @Nullable String value) {
		return new java.util.AbstractMap.SimpleImmutableEntry<>(name, value);
	}

	private static String queryString(List<Map.Entry<String, @Nullable String>> parameters) {
		String query = parameters.stream()
			.filter((parameter) -> parameter.getValue() != null)
			.map((parameter) -> parameter.getKey() + "="
					+ URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return query.isEmpty() ? "" : "?" + query;
	}

	/**
	 * The date range that two request parameters give: each read by {@link #date}, the
	 * two swapped when given in the wrong order.
	 */
	public static DateRange dates(@Nullable String from, @Nullable String to) {
		LocalDate fromDate = date(from);
		LocalDate toDate = date(to);
		boolean ignored = (fromDate == null && from != null && !from.isBlank())
				|| (toDate == null && to != null && !to.isBlank());
		if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
			return new DateRange(toDate, fromDate, ignored);
		}
		return new DateRange(fromDate, toDate, ignored);
	}

	/**
	 * A date range as the reader gave it.
	 *
	 * @param from the first day, if any
	 * @param to the last day, if any
	 * @param ignored whether a date given could not be read, and was dropped
	 */
	public record DateRange(@Nullable LocalDate from, @Nullable LocalDate to, boolean ignored) {
	}

	/**
	 * A date parameter as ISO {@code 2023-12-31}, or {@code null} when it is blank or not
	 * a date.
	 */
	public static @Nullable LocalDate date(@Nullable String value) {
		String text = clean(value, 20);
		if (text == null) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text);
			// Years a reader means: "+999999999-12-31" parses, but is no day of any news.
			return (date.getYear() >= 1 && date.getYear() <= 9999) ? date : null;
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
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
