package id.warta.story;

import java.time.format.DateTimeFormatter;
import java.util.List;

import id.warta.article.ArticleCatalog;
import id.warta.article.ArticleSummary;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code robots.txt} and the sitemap: an index at {@code /sitemap.xml} of pages of
 * {@value #PER_SITEMAP} articles each (the protocol allows 50,000 a file), newest first,
 * and the stories.
 */
@Controller
class SitemapController {

	static final int PER_SITEMAP = 10_000;

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private final ArticleCatalog catalog;

	private final StoryDirectory stories;

	SitemapController(ArticleCatalog catalog, StoryDirectory stories) {
		this.catalog = catalog;
		this.stories = stories;
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String body = "User-agent: *\nDisallow: /admin\nDisallow: /api/\nDisallow: /search\nAllow: /\nSitemap: "
				+ base() + "/sitemap.xml\n";
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).cacheControl(CacheControl.noCache()).body(body);
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> index() {
		long articles = this.catalog.count();
		int files = (int) Math.max(1, (articles + PER_SITEMAP - 1) / PER_SITEMAP);
		StringBuilder xml = new StringBuilder(
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		String base = base();
		for (int n = 1; n <= files; n++) {
			xml.append("<sitemap><loc>")
				.append(base)
				.append("/sitemap-articles-")
				.append(n)
				.append(".xml</loc></sitemap>\n");
		}
		xml.append("<sitemap><loc>").append(base).append("/sitemap-stories.xml</loc></sitemap>\n</sitemapindex>\n");
		return xml(xml);
	}

	@GetMapping("/sitemap-articles-{n}.xml")
	ResponseEntity<String> articles(@PathVariable String n) {
		int page = number(n);
		List<ArticleSummary> articles = this.catalog.list(null, page, PER_SITEMAP).items();
		if (articles.isEmpty() && page > 1) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		StringBuilder xml = urlset();
		String base = base();
		for (ArticleSummary article : articles) {
			xml.append("<url><loc>").append(base).append("/articles/").append(article.id()).append("</loc>");
			if (article.publishedAt() != null) {
				xml.append("<lastmod>")
					.append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(article.publishedAt()))
					.append("</lastmod>");
			}
			xml.append("</url>\n");
		}
		return xml(xml.append("</urlset>\n"));
	}

	@GetMapping("/sitemap-stories.xml")
	ResponseEntity<String> stories() {
		StringBuilder xml = urlset();
		String base = base();
		xml.append("<url><loc>").append(base).append("/</loc></url>\n");
		for (StoryCard card : this.stories.newest(1, PER_SITEMAP).items()) {
			if (card.badge().covered()) {
				xml.append("<url><loc>").append(base).append(card.badge().href()).append("</loc></url>\n");
			}
		}
		return xml(xml.append("</urlset>\n"));
	}

	private static StringBuilder urlset() {
		return new StringBuilder(
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
	}

	private static ResponseEntity<String> xml(CharSequence xml) {
		return ResponseEntity.ok().contentType(XML).cacheControl(CacheControl.noCache()).body(xml.toString());
	}

	/** The site's address as the request reached it, escaped for XML. */
	private static String base() {
		return HtmlUtils.htmlEscape(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
	}

	private static int number(String n) {
		try {
			int page = Integer.parseInt(n);
			if (page >= 1 && page <= 100_000) {
				return page;
			}
		}
		catch (NumberFormatException ex) {
			// not a page number
		}
		throw new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
