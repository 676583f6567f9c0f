package id.warta.search;

import java.util.List;

import id.warta.article.OutletFacet;
import id.warta.system.ListContext;
import id.warta.system.Pagination;
import org.hibernate.search.util.common.SearchException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: hits by relevance or date, the outlet filter with counts for the
 * query, a date range, the matched words marked, and suggestions when nothing matches.
 */
@Controller
class SearchController {

	static final int PAGE_SIZE = 20;

	private static final Logger logger = LoggerFactory.getLogger(SearchController.class);

	private final ArticleSearch search;

	SearchController(ArticleSearch search) {
		this.search = search;
	}

	// Parameters are read as text so that any input shows a page instead of a 400 error.
	@GetMapping("/search")
	String search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable List<String> outlet,
			@RequestParam(required = false) @Nullable List<String> entity,
			@RequestParam(required = false) @Nullable List<String> agency,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String page, Model model) {
		ListContext.DateRange dates = ListContext.dates(from, to);
		// A date that is not a date is dropped, and the reader told, rather than refused.
		model.addAttribute("datesIgnored", dates.ignored());
		ListContext context = ListContext.of(null, q, outlet, entity, agency, dates.from(), dates.to(), sort, page);
		model.addAttribute("context", context);
		model.addAttribute("query", context.query());
		model.addAttribute("shownQuery", shown(context.query()));
		model.addAttribute("maxQueryLength", SearchRequest.MAX_LENGTH);
		String text = context.query();
		if (text == null) {
			return "search/results";
		}
		try {
			SearchResults results = this.search.search(request(text, context));
			if (results.hits().isEmpty() && context.page() > results.hits().totalPages()) {
				// Past the last page, show the last page rather than nothing.
				context = context.withPage(results.hits().totalPages());
				results = this.search.search(request(text, context));
				model.addAttribute("context", context);
			}
			ListContext shown = context;
			model.addAttribute("results", results);
			model.addAttribute("leftOut", results.leftOut());
			model.addAttribute("pagination", Pagination.of(results.hits(), context));
			model.addAttribute("facet", OutletFacet.of(results.outlets(), context));
			model.addAttribute("entityFacet", TagFacet.entities(results.entities(), context));
			model.addAttribute("agencyFacet", TagFacet.agencies(results.agencies(), context));
			model.addAttribute("chart", results.chart());
			model.addAttribute("relevanceHref", context.withSort(null).listHref());
			model.addAttribute("newestHref", context.withSort(ListContext.NEWEST).listHref());
			model.addAttribute("datesClearHref",
					(context.from() != null || context.to() != null) ? context.withDates(null, null).listHref() : null);
			model.addAttribute("suggestions",
					results.suggestions()
						.stream()
						.map((suggestion) -> new SuggestedQuery(suggestion,
								new ListContext("/search", suggestion, shown.outlets(), shown.entities(),
										shown.agencies(), shown.from(), shown.to(), shown.sort(), 1)
									.listHref()))
						.toList());
		}
		catch (SearchException ex) {
			// The reader typed something the query parser cannot take; tell them, not the
			// log's error level.
			logger.debug("Query not understood: {}", text, ex);
			model.addAttribute("notUnderstood", true);
		}
		return "search/results";
	}

	/** Longest query the headings echo; the box keeps it whole. */
	static final int SHOWN_QUERY = 80;

	/**
	 * The query as headings echo it inside their own quotation marks: without the quotes
	 * of a query that is one quoted phrase, and cut at a word with "…" when long.
	 */
	static @Nullable String shown(@Nullable String query) {
		if (query == null) {
			return null;
		}
		String q = query.strip();
		if (q.length() >= 2 && q.charAt(0) == '"' && q.charAt(q.length() - 1) == '"'
				&& q.indexOf('"', 1) == q.length() - 1) {
			q = q.substring(1, q.length() - 1).strip();
		}
		if (q.length() <= SHOWN_QUERY) {
			return q;
		}
		int cut = q.lastIndexOf(' ', SHOWN_QUERY);
		return q.substring(0, (cut > SHOWN_QUERY / 2) ? cut : SHOWN_QUERY).strip() + "…";
	}

	private static SearchRequest request(String text, ListContext context) {
		SearchRequest.Order order = ListContext.NEWEST.equals(context.sort()) ? SearchRequest.Order.NEWEST
				: SearchRequest.Order.RELEVANCE;
		return new SearchRequest(text, context.outlets(), context.entities(), context.agencies(), null, context.from(),
				context.to(), order, context.page(), PAGE_SIZE, true);
	}

	/**
	 * A "did you mean" link.
	 *
	 * @param text the suggested query
	 * @param href the search for it, with the same filters
	 */
	record SuggestedQuery(String text, String href) {
	}

}
