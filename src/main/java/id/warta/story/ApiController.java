package id.warta.story;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import id.warta.article.ArticleCatalog;
import id.warta.article.ArticleSummary;
import id.warta.article.ArticleView;
import id.warta.article.OutletCount;
import id.warta.article.StoryVersion;
import id.warta.language.names.Entity;
import id.warta.search.ArticleSearch;
import id.warta.search.SearchHit;
import id.warta.search.SearchRequest;
import id.warta.search.SearchResults;
import id.warta.system.ListContext;
import id.warta.system.ResultPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hibernate.search.util.common.SearchException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The read-only JSON API: what the reader's pages show, for programs. The query
 * parameters are the pages' own; every list is paged. Responses carry an ETag (see
 * {@code ApiConfiguration}), and the API is described by OpenAPI at {@code /v3/api-docs},
 * with Swagger UI at {@code /swagger-ui.html}.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Warta", description = "Articles, search, outlets, stories and entities, read-only")
class ApiController {

	static final int DEFAULT_SIZE = 20;

	static final int MAX_SIZE = 100;

	private final ArticleCatalog catalog;

	private final ArticleSearch search;

	private final StoryDirectory stories;

	ApiController(ArticleCatalog catalog, ArticleSearch search, StoryDirectory stories) {
		this.catalog = catalog;
		this.search = search;
		this.stories = stories;
	}

	@GetMapping("/articles")
	@Operation(summary = "Articles, newest first, of all outlets or of the given ones")
	ApiPage<ApiArticle> articles(@RequestParam(required = false) @Nullable List<String> outlet,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		ListContext context = ListContext.of(null, outlet, null, null, null, page);
		int n = size(size);
		ResultPage<ArticleSummary> articles = context.outlets().isEmpty() ? this.catalog.list(null, context.page(), n)
				: this.catalog.listFromOutlets(context.outlets(), context.page(), n);
		return ApiPage.of(articles, ApiArticle::of);
	}

	@GetMapping("/articles/{id}")
	@Operation(summary = "One article with its body, entities, agencies and quotes")
	ApiArticleFull article(@PathVariable String id) {
		return this.catalog.find(PathValues.number(id)).map(ApiArticleFull::of).orElseThrow(ApiController::notFound);
	}

	@GetMapping("/search")
	@Operation(summary = "Search, with the search page's filters; sort=newest for newest first")
	ApiSearch search(@Parameter(description = "the query, as typed in the search box") @RequestParam String q,
			@RequestParam(required = false) @Nullable List<String> outlet,
			@RequestParam(required = false) @Nullable List<String> entity,
			@RequestParam(required = false) @Nullable List<String> agency,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		LocalDate fromDate = ListContext.date(from);
		LocalDate toDate = ListContext.date(to);
		ListContext context = ListContext.of("/search", q, outlet, entity, agency, fromDate, toDate, sort, page);
		if (context.query() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "q is empty");
		}
		SearchRequest.Order order = ListContext.NEWEST.equals(context.sort()) ? SearchRequest.Order.NEWEST
				: SearchRequest.Order.RELEVANCE;
		try {
			SearchResults results = this.search
				.search(new SearchRequest(context.query(), context.outlets(), context.entities(), context.agencies(),
						null, fromDate, toDate, order, context.page(), size(size), false));
			return new ApiSearch(context.query(), ApiPage.of(results.hits(), (hit) -> ApiArticle.of(hit.article())),
					results.outlets().stream().map(ApiOutlet::of).toList(), results.suggestions());
		}
		catch (SearchException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "query not understood");
		}
	}

	@GetMapping("/outlets")
	@Operation(summary = "Every outlet with its number of articles")
	List<ApiOutlet> outlets() {
		return this.catalog.outlets().stream().map(ApiOutlet::of).toList();
	}

	@GetMapping("/stories")
	@Operation(summary = "Stories, newest first")
	ApiPage<ApiStory> stories(@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		ListContext context = ListContext.of(null, null, null, null, null, page);
		return ApiPage.of(this.stories.newest(context.page(), size(size)),
				(card) -> new ApiStory(card.badge().storyId(), card.badge().title(), card.badge().articles(),
						card.badge().outlets(), null));
	}

	@GetMapping("/stories/{id}")
	@Operation(summary = "One story with its articles")
	ApiStory story(@PathVariable String id, @RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		long storyId = PathValues.number(id);
		StoryBadgeRow row = this.stories.row(storyId).orElseThrow(ApiController::notFound);
		ListContext context = ListContext.of(null, null, null, null, null, page);
		ResultPage<StoryVersion> versions = this.catalog.storyVersions(storyId, context.page(), size(size));
		return new ApiStory(row.id(), row.title(), row.articles(), row.outlets(),
				ApiPage.of(versions, (version) -> ApiArticle.of(version.article())));
	}

	@GetMapping("/entities/{slug}")
	@Operation(summary = "An entity of the gazetteer and the articles that name it, newest first")
	ApiEntity entity(@PathVariable String slug, @RequestParam(required = false) @Nullable List<String> outlet,
			@RequestParam(required = false) @Nullable List<String> agency,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		Entity entity = PathValues.entity(slug);
		ListContext context = ListContext.of("/topik/" + entity.slug(), null, outlet, null, agency, null, null, null,
				page);
		SearchResults results = this.search.search(new SearchRequest(null, context.outlets(), List.of(entity.slug()),
				context.agencies(), null, null, null, SearchRequest.Order.NEWEST, context.page(), size(size), false));
		return new ApiEntity(entity.slug(), entity.name(), entity.kind().name().toLowerCase(Locale.ROOT),
				ApiPage.of(results.hits(), (SearchHit hit) -> ApiArticle.of(hit.article())));
	}

	private static int size(@Nullable String size) {
		if (size == null || size.isBlank()) {
			return DEFAULT_SIZE;
		}
		try {
			return Math.max(1, Math.min(MAX_SIZE, Integer.parseInt(size.strip())));
		}
		catch (NumberFormatException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "size is not a number");
		}
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	/** A page of a list. */
	public record ApiPage<T>(List<T> items, int page, int size, long total, int totalPages) {

		static <S, T> ApiPage<T> of(ResultPage<S> page, Function<S, T> map) {
			return new ApiPage<>(page.items().stream().map(map).toList(), page.number(), page.size(), page.total(),
					page.totalPages());
		}

	}

	/** An article as lists show it. */
	public record ApiArticle(long id, String title, @Nullable String outlet, @Nullable String outletSlug,
			@Nullable OffsetDateTime published, String lead, int wordCount, @Nullable Long story, String href) {

		static ApiArticle of(ArticleSummary a) {
			return new ApiArticle(a.id(), a.title(), a.outletName(), a.outletSlug(), a.publishedAt(), a.lead(),
					a.wordCount(), a.storyId(), "/articles/" + a.id());
		}

	}

	/** An article in full. */
	public record ApiArticleFull(long id, String title, @Nullable String outlet, @Nullable String outletSlug,
			@Nullable String author, @Nullable OffsetDateTime published, String language, @Nullable String original,
			@Nullable Long story, List<String> citedSources, List<String> agencies, List<String> entities,
			List<ApiBlock> body, int wordCount) {

		static ApiArticleFull of(ArticleView a) {
			return new ApiArticleFull(a.id(), a.title(), a.outletName(), a.outletSlug(), a.author(), a.publishedAt(),
					a.language(), a.original(), a.storyId(), a.citedSources(), a.agencies(),
					a.entities().stream().map(ArticleView.EntityLink::slug).toList(),
					a.body()
						.stream()
						.map((b) -> new ApiBlock(b.heading() ? "heading" : "paragraph", b.text()))
						.toList(),
					a.wordCount());
		}

	}

	/** One block of a body: a paragraph or a subheading, as text. */
	public record ApiBlock(String kind, String text) {
	}

	/** An outlet and how many articles it has. */
	public record ApiOutlet(@Nullable String name, String slug, long articles) {

		static ApiOutlet of(OutletCount count) {
			return new ApiOutlet(count.name(), count.slug(), count.count());
		}

	}

	/** A story; its articles when asked for one story. */
	public record ApiStory(long id, String title, int articles, int outlets, @Nullable ApiPage<ApiArticle> members) {
	}

	/** An entity and the articles that name it. */
	public record ApiEntity(String slug, String name, String kind, ApiPage<ApiArticle> articles) {
	}

	/** Search results. */
	public record ApiSearch(String query, ApiPage<ApiArticle> hits, List<ApiOutlet> outlets, List<String> suggestions) {
	}

}
