package id.warta.story;

import java.util.List;
import java.util.Optional;

import id.warta.article.ArticleCatalog;
import id.warta.article.OutletFacet;
import id.warta.article.OutletSlugs;
import id.warta.search.ArticleSearch;
import id.warta.search.SearchRequest;
import id.warta.search.SearchResults;
import id.warta.search.TagFacet;
import id.warta.system.ListContext;
import id.warta.system.Pagination;
import id.warta.system.ResultPage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page: each event once, newest first, with how many outlets covered it; with a
 * filter (outlets, entities, agencies), the articles that pass it, one per story. Beside
 * the list, the outlet, entity and agency filters; an outlet's page also shows which
 * agencies it relies on and its coverage over time.
 */
@Controller
class HomeController {

	static final int PAGE_SIZE = 20;

	private final StoryDirectory stories;

	private final ArticleCatalog catalog;

	private final ArticleSearch search;

	private final HomeFacets facets;

	HomeController(StoryDirectory stories, ArticleCatalog catalog, ArticleSearch search, HomeFacets facets) {
		this.stories = stories;
		this.catalog = catalog;
		this.search = search;
		this.facets = facets;
	}

	// Parameters are read as text so that "?page=abc" or "?page=99999999999" show a page
	// instead of a 400 error.
	@GetMapping("/")
	String home(@RequestParam(required = false) @Nullable List<String> outlet,
			@RequestParam(required = false) @Nullable List<String> entity,
			@RequestParam(required = false) @Nullable List<String> agency,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String page, Model model) {
		ListContext.DateRange dates = ListContext.dates(from, to);
		model.addAttribute("datesIgnored", dates.ignored());
		ListContext context = ListContext.of("/", null, outlet, entity, agency, dates.from(), dates.to(), null, page);
		model.addAttribute("datesClearHref",
				(context.from() != null || context.to() != null) ? context.withDates(null, null).listHref() : null);
		String slug = context.outlet();
		boolean unknownOutlet = OutletSlugs.UNKNOWN.equals(slug);
		Optional<String> outletName = (slug == null || unknownOutlet) ? Optional.empty()
				: this.catalog.outletName(slug);
		boolean outletMissing = slug != null && !unknownOutlet && outletName.isEmpty();
		model.addAttribute("outletName", outletName.orElse(null));
		model.addAttribute("unknownOutlet", unknownOutlet);
		model.addAttribute("outletMissing", outletMissing);
		if (!context.filtered()) {
			ResultPage<StoryCard> cards = this.stories.newest(context.page(), PAGE_SIZE);
			if (cards.isEmpty() && context.page() > cards.totalPages()) {
				context = context.withPage(cards.totalPages());
				cards = this.stories.newest(context.page(), PAGE_SIZE);
			}
			SearchResults all = this.facets.all();
			model.addAttribute("context", context);
			model.addAttribute("cards", cards.map(ListedCard::of));
			model.addAttribute("pagination", Pagination.of(cards, context));
			model.addAttribute("facet", OutletFacet.of(this.catalog.outlets(), context));
			model.addAttribute("entityFacet", TagFacet.entities(all.entities(), context));
			model.addAttribute("agencyFacet", TagFacet.agencies(all.agencies(), context));
			return "articles/list";
		}
		if (outletMissing) {
			// An outlet nobody has: nothing to look for.
			model.addAttribute("context", context);
			model.addAttribute("cards", new ResultPage<ListedCard>(List.of(), 1, PAGE_SIZE, 0));
			model.addAttribute("pagination", Pagination.of(new ResultPage<>(List.of(), 1, PAGE_SIZE, 0), context));
			model.addAttribute("facet", OutletFacet.of(this.catalog.outlets(), context));
			return "articles/list";
		}
		SearchResults results = this.search.search(request(context, slug != null));
		if (results.hits().isEmpty() && context.page() > results.hits().totalPages()) {
			context = context.withPage(results.hits().totalPages());
			results = this.search.search(request(context, slug != null));
		}
		ListContext shown = context;
		model.addAttribute("context", context);
		model.addAttribute("cards", results.hits().map((hit) -> ListedCard.of(hit, shown)));
		model.addAttribute("pagination", Pagination.of(results.hits(), context));
		model.addAttribute("articleCount", results.articles());
		model.addAttribute("facet", OutletFacet.of(results.outlets(), context));
		model.addAttribute("entityFacet", TagFacet.entities(results.entities(), context));
		model.addAttribute("agencyFacet", TagFacet.agencies(results.agencies(), context));
		model.addAttribute("leftOut", results.leftOut());
		if (slug != null && !outletMissing) {
			// An outlet's page: the agencies it relies on, and its weeks.
			model.addAttribute("reliance", AgencyShare.of(results.agencies(), results.articles()));
			model.addAttribute("chart", results.chart());
		}
		return "articles/list";
	}

	private static SearchRequest request(ListContext context, boolean weeks) {
		return new SearchRequest(null, context.outlets(), context.entities(), context.agencies(), null, context.from(),
				context.to(), SearchRequest.Order.NEWEST, context.page(), PAGE_SIZE, weeks);
	}

}
