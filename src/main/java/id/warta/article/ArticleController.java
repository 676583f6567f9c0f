package id.warta.article;

import java.util.List;
import java.util.Optional;

import id.warta.system.ListContext;
import id.warta.system.PageMeta;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The article page: the article in full, its story and related stories, the entities it
 * names, the agencies it credits and who it quotes.
 */
@Controller
class ArticleController {

	static final int PAGE_SIZE = 20;

	private final ArticleCatalog catalog;

	private final ObjectProvider<StoryContext> stories;

	ArticleController(ArticleCatalog catalog, ObjectProvider<StoryContext> stories) {
		this.catalog = catalog;
		this.stories = stories;
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
		String lead = article.body()
			.stream()
			.filter((b) -> !b.heading())
			.map(ArticleView.BodyBlock::text)
			.findFirst()
			.orElse(article.title());
		model.addAttribute("pageMeta",
				new PageMeta(ServletUriComponentsBuilder.fromCurrentContextPath()
					.path("/articles/{id}")
					.buildAndExpand(article.id())
					.toUriString(), article.title(), lead, "article", article.publishedAt()));
		StoryContext stories = this.stories.getIfAvailable();
		model.addAttribute("story", (stories != null) ? stories.of(article).orElse(null) : null);
		return "articles/article";
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
