package id.warta.story;

import java.util.List;

import id.warta.article.ArticleCatalog;
import id.warta.article.OutletFacet;
import id.warta.language.names.Entity;
import id.warta.language.names.Gazetteer;
import id.warta.search.ArticleSearch;
import id.warta.search.SearchRequest;
import id.warta.search.SearchResults;
import id.warta.search.TagCount;
import id.warta.search.TagFacet;
import id.warta.system.ListContext;
import id.warta.system.Pagination;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An entity's page ({@code /topik/rusia}): what the gazetteer knows of it, the stories
 * whose articles name it, newest first, with the outlet filter and the other entities
 * they name, and its coverage over time.
 */
@Controller
class TopicController {

	static final int PAGE_SIZE = 20;

	private final ArticleSearch search;

	private final ArticleCatalog catalog;

	TopicController(ArticleSearch search, ArticleCatalog catalog) {
		this.search = search;
		this.catalog = catalog;
	}

	@GetMapping("/topik/{slug}")
	String topic(@PathVariable String slug, @RequestParam(required = false) @Nullable List<String> outlet,
			@RequestParam(required = false) @Nullable List<String> agency,
			@RequestParam(required = false) @Nullable String page, Model model) {
		Entity entity = PathValues.entity(slug);
		ListContext context = ListContext.of("/topik/" + entity.slug(), null, outlet, null, agency, null, null, null,
				page);
		SearchResults results = this.search.search(request(entity, context));
		if (results.hits().isEmpty() && context.page() > results.hits().totalPages()) {
			context = context.withPage(results.hits().totalPages());
			results = this.search.search(request(entity, context));
		}
		List<TagCount> others = results.entities().stream().filter((tag) -> !tag.slug().equals(entity.slug())).toList();
		model.addAttribute("entity", entity);
		model.addAttribute("country",
				(entity.country() != null) ? Gazetteer.standard().bySlug(entity.country()).orElse(null) : null);
		ListContext shown = context;
		model.addAttribute("context", context);
		model.addAttribute("cards", results.hits().map((hit) -> ListedCard.of(hit, shown)));
		model.addAttribute("articleCount", results.articles());
		model.addAttribute("pagination", Pagination.of(results.hits(), context));
		model.addAttribute("facet", OutletFacet.of(results.outlets(), context));
		model.addAttribute("entityFacet", TagFacet.entities(others, context));
		model.addAttribute("agencyFacet", TagFacet.agencies(results.agencies(), context));
		model.addAttribute("chart", results.chart());
		return "stories/topic";
	}

	private static SearchRequest request(Entity entity, ListContext context) {
		return new SearchRequest(null, context.outlets(), List.of(entity.slug()), context.agencies(), null, null, null,
				SearchRequest.Order.NEWEST, context.page(), PAGE_SIZE, true);
	}

}
