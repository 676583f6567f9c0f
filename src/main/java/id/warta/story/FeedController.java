package id.warta.story;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import id.warta.article.ArticleCatalog;
import id.warta.article.ArticleSummary;
import id.warta.article.StoryVersion;
import id.warta.language.names.Entity;
import id.warta.search.ArticleSearch;
import id.warta.search.SearchHit;
import id.warta.search.SearchRequest;
import id.warta.search.SearchResults;
import id.warta.system.ListContext;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Atom feeds for everything a reader can look at: all articles (and one outlet's, or
 * several), a search with its filters, a story, an entity. Each holds the newest
 * {@value #ENTRIES} articles the page lists, with the same query parameters as the page.
 * The feeds are made by Rome; nothing from a scraped page goes into them but text.
 */
@Controller
class FeedController {

	static final int ENTRIES = 50;

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final ArticleSearch search;

	private final ArticleCatalog catalog;

	private final StoryDirectory stories;

	FeedController(ArticleSearch search, ArticleCatalog catalog, StoryDirectory stories) {
		this.search = search;
		this.catalog = catalog;
		this.stories = stories;
	}

	@GetMapping("/feed.atom")
	ResponseEntity<String> articles(@RequestParam(required = false) @Nullable List<String> outlet) {
		ListContext context = ListContext.of(null, outlet, null, null, null, null);
		List<ArticleSummary> articles = (context.outlets().isEmpty() ? this.catalog.list(null, 1, ENTRIES)
				: this.catalog.listFromOutlets(context.outlets(), 1, ENTRIES))
			.items();
		String title = context.outlets().isEmpty() ? "Warta: artikel terbaru" : "Warta: " + String.join(", ",
				context.outlets().stream().map((slug) -> this.catalog.outletName(slug).orElse(slug)).toList());
		return feed(title, context.listHref(), articles);
	}

	@GetMapping("/search/feed.atom")
	ResponseEntity<String> search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable List<String> outlet,
			@RequestParam(required = false) @Nullable List<String> entity,
			@RequestParam(required = false) @Nullable List<String> agency,
			@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		LocalDate fromDate = ListContext.date(from);
		LocalDate toDate = ListContext.date(to);
		ListContext context = ListContext.of("/search", q, outlet, entity, agency, fromDate, toDate, null, null);
		if (context.query() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a search feed needs q");
		}
		SearchResults results = this.search.search(request(context.query(), context, null, fromDate, toDate));
		return feed("Warta: pencarian “" + context.query() + "”", context.listHref(), results);
	}

	@GetMapping("/liputan/{id}/feed.atom")
	ResponseEntity<String> story(@PathVariable String id) {
		long storyId = PathValues.number(id);
		StoryBadgeRow story = this.stories.row(storyId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<ArticleSummary> versions = this.catalog.storyVersions(storyId, 1, ENTRIES)
			.items()
			.stream()
			.map(StoryVersion::article)
			.toList();
		return feed("Warta: " + story.title(), "/liputan/" + storyId, versions);
	}

	@GetMapping("/topik/{slug}/feed.atom")
	ResponseEntity<String> entity(@PathVariable String slug,
			@RequestParam(required = false) @Nullable List<String> outlet,
			@RequestParam(required = false) @Nullable List<String> agency) {
		Entity entity = PathValues.entity(slug);
		ListContext context = ListContext.of("/topik/" + entity.slug(), null, outlet, List.of(entity.slug()), agency,
				null, null, null, null);
		SearchResults results = this.search.search(request(null, context, null, null, null));
		return feed("Warta: " + entity.name(), "/topik/" + entity.slug(), results);
	}

	private static SearchRequest request(@Nullable String text, ListContext context, @Nullable Long story,
			@Nullable LocalDate from, @Nullable LocalDate to) {
		return new SearchRequest(text, context.outlets(), context.entities(), context.agencies(), story, from, to,
				SearchRequest.Order.NEWEST, 1, ENTRIES, false);
	}

	private static ResponseEntity<String> feed(String title, String pagePath, SearchResults results) {
		return feed(title, pagePath, results.hits().items().stream().map(SearchHit::article).toList());
	}

	private static ResponseEntity<String> feed(String title, String pagePath, List<ArticleSummary> articles) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		String self = ServletUriComponentsBuilder.fromCurrentRequest().toUriString();
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle(title);
		feed.setUri(self);
		feed.setLink(base + pagePath);
		feed.setLinks(
				List.of(link("self", self, "application/atom+xml"), link("alternate", base + pagePath, "text/html")));
		List<SyndEntry> entries = new ArrayList<>();
		Date newest = null;
		for (ArticleSummary article : articles) {
			SyndEntry entry = entry(base, article);
			entries.add(entry);
			Date updated = entry.getUpdatedDate();
			newest = (newest == null || (updated != null && updated.after(newest))) ? updated : newest;
		}
		feed.setEntries(entries);
		feed.setPublishedDate((newest != null) ? newest : new Date(0));
		try {
			String xml = new SyndFeedOutput().outputString(feed);
			// With an ETag on the entity, Spring answers If-None-Match with a 304 itself.
			return ResponseEntity.ok()
				.contentType(ATOM)
				.cacheControl(CacheControl.noCache())
				.eTag(DigestUtils.md5DigestAsHex(xml.getBytes(StandardCharsets.UTF_8)))
				.body(xml);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Feed not written: " + title, ex);
		}
	}

	private static SyndEntry entry(String base, ArticleSummary article) {
		SyndEntry entry = new SyndEntryImpl();
		String url = base + "/articles/" + article.id();
		entry.setTitle(article.title());
		entry.setLink(url);
		entry.setUri(url);
		OffsetDateTime published = article.publishedAt();
		Date date = (published != null) ? Date.from(published.toInstant()) : new Date(0);
		entry.setPublishedDate(date);
		entry.setUpdatedDate(date);
		if (article.outletName() != null) {
			SyndPerson outlet = new SyndPersonImpl();
			outlet.setName(article.outletName());
			entry.setAuthors(List.of(outlet));
		}
		SyndContent summary = new SyndContentImpl();
		// Text, never markup: Rome escapes it.
		summary.setType("text");
		summary.setValue(article.lead());
		entry.setDescription(summary);
		return entry;
	}

	private static SyndLink link(String rel, String href, String type) {
		SyndLink link = new SyndLinkImpl();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

}
