package id.warta.article;

import java.util.List;
import java.util.Optional;

import id.warta.system.ListContext;
import id.warta.system.Pagination;
import id.warta.system.ResultPage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The home page, newest articles first with the outlet filter, and the article page.
 */
@Controller
class ArticleController {

	static final int PAGE_SIZE = 20;

	private final ArticleCatalog catalog;

	ArticleController(ArticleCatalog catalog) {
		this.catalog = catalog;
	}

	// Parameters are read as text so that "?page=abc" or "?page=99999999999" show a page
	// instead of a 400 error.
	@GetMapping("/")
	String home(@RequestParam(required = false) @Nullable List<String> outlet,
			@RequestParam(required = false) @Nullable String page, Model model) {
		ListContext context = ListContext.of(null, outlet, null, null, null, page);
		String slug = context.outlet();
		boolean unknownOutlet = OutletSlugs.UNKNOWN.equals(slug);
		Optional<String> outletName = (slug == null || unknownOutlet) ? Optional.empty()
				: this.catalog.outletName(slug);
		boolean outletMissing = slug != null && !unknownOutlet && outletName.isEmpty();
		ResultPage<ArticleSummary> articles = outletMissing ? new ResultPage<>(List.of(), 1, PAGE_SIZE, 0)
				: articles(context);
		if (articles.isEmpty() && context.page() > articles.totalPages() && !outletMissing) {
			// Past the last page, show the last page rather than nothing.
			context = context.withPage(articles.totalPages());
			articles = articles(context);
		}
		model.addAttribute("context", context);
		model.addAttribute("articles", articles);
		model.addAttribute("pagination", Pagination.of(articles, context));
		model.addAttribute("facet", OutletFacet.of(this.catalog.outlets(), context));
		model.addAttribute("outletName", outletName.orElse(null));
		model.addAttribute("unknownOutlet", unknownOutlet);
		model.addAttribute("outletMissing", outletMissing);
		return "articles/list";
	}

	@GetMapping("/articles/{id}")
	String article(@PathVariable String id, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable List<String> outlet,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String page, Model model) {
		ArticleView article = parseId(id).flatMap(this.catalog::find)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ListContext back = ListContext.of(q, outlet, ListContext.date(from), ListContext.date(to), sort, page);
		model.addAttribute("article", article);
		model.addAttribute("copies", this.catalog.copies(article.id()));
		model.addAttribute("backHref", back.listHref());
		model.addAttribute("searchBack", back.search());
		model.addAttribute("outletHref", (article.outletSlug() != null)
				? ListContext.of(null, article.outletSlug(), null, null).listHref() : null);
		return "articles/article";
	}

	private ResultPage<ArticleSummary> articles(ListContext context) {
		return (context.outlets().size() > 1)
				? this.catalog.listFromOutlets(context.outlets(), context.page(), PAGE_SIZE)
				: this.catalog.list(context.outlet(), context.page(), PAGE_SIZE);
	}

	private static Optional<Long> parseId(String id) {
		try {
			return Optional.of(Long.parseLong(id));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
