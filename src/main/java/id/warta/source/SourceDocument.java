package id.warta.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a source's address served: tells a feed from a sitemap from an HTML page,
 * and finds the article links in each. Pure: bytes in, links out.
 */
final class SourceDocument {

	/**
	 * An article address as section pages link to it: a long number (an id or a date) or
	 * a slug of four words or more in its last path segment.
	 */
	/**
	 * An article address as section pages link to it: a long number (an id) in its path,
	 * a date path, or a slug of four words or more as its last path segment.
	 */
	static final Pattern ARTICLE_PATH = Pattern.compile("https?://[^/]+(/[^?#]*)?(/[^/?#]*\\d{5,}[^/?#]*(/[^?#]*)?"
			+ "|/\\d{4}/\\d{2}/\\d{2}/[^?#]+|/[^/?#]*[\\p{L}\\d]+(-[\\p{L}\\d]+){3,}[^/?#]*/?)(\\?.*)?");

	private static final int MAX_GZIP_SITEMAP = 50 * 1024 * 1024;

	private SourceDocument() {
	}

	/**
	 * What the body is, judged by its first bytes.
	 */
	static Format sniff(byte[] body, @Nullable String contentType) {
		String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1)
			.toLowerCase(Locale.ROOT);
		if (isGzip(body)) {
			return Format.SITEMAP;
		}
		if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) {
			return Format.FEED;
		}
		if (head.contains("<urlset") || head.contains("<sitemapindex")) {
			return Format.SITEMAP;
		}
		String type = (contentType != null) ? contentType.toLowerCase(Locale.ROOT) : "";
		if (type.contains("rss") || type.contains("atom")) {
			return Format.FEED;
		}
		return Format.HTML;
	}

	/**
	 * The entries' links of an RSS or Atom feed, in feed order.
	 */
	static List<String> feedLinks(byte[] body, String baseUrl) throws IOException {
		try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body))) {
			SyndFeedInput input = new SyndFeedInput();
			input.setAllowDoctypes(false);
			SyndFeed feed = input.build(reader);
			Set<String> links = new LinkedHashSet<>();
			for (SyndEntry entry : feed.getEntries()) {
				String link = (entry.getLink() != null) ? entry.getLink() : entry.getUri();
				String url = (link != null) ? absolute(baseUrl, link.strip()) : null;
				if (url != null) {
					links.add(url);
				}
			}
			return List.copyOf(links);
		}
		catch (FeedException | IllegalArgumentException ex) {
			throw new IOException("not a readable feed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The page links ({@code <url><loc>}) and child sitemaps ({@code <sitemap><loc>}) of
	 * a sitemap, sitemap index or Google News sitemap, gzipped or not.
	 */
	static Sitemap sitemap(byte[] body, String baseUrl) throws IOException {
		byte[] xml = isGzip(body) ? gunzip(body) : body;
		Document document = Jsoup.parse(new String(xml, StandardCharsets.UTF_8), baseUrl, Parser.xmlParser());
		List<String> pages = new ArrayList<>();
		List<String> children = new ArrayList<>();
		for (Element loc : document.select("loc")) {
			Element parent = loc.parent();
			String url = absolute(baseUrl, loc.text().strip());
			if (url == null) {
				continue;
			}
			if (parent != null && parent.tagName().toLowerCase(Locale.ROOT).endsWith("sitemap")) {
				children.add(url);
			}
			else if (parent != null && parent.tagName().toLowerCase(Locale.ROOT).endsWith("url")) {
				pages.add(url);
			}
		}
		return new Sitemap(pages, children);
	}

	/**
	 * The links of a section page that lead to articles on the same site.
	 * @param pattern a regular expression the whole address must match, or {@code null}
	 * to infer article addresses from their shape
	 */
	static List<String> sectionLinks(Document page, @Nullable String pattern) {
		Pattern match = (pattern != null && !pattern.isBlank()) ? Pattern.compile(pattern) : ARTICLE_PATH;
		String site = CanonicalUrl.siteOf(page.location());
		Set<String> links = new LinkedHashSet<>();
		for (Element anchor : page.select("a[href]")) {
			String href = CanonicalUrl.of(anchor.absUrl("href"));
			if (href != null && CanonicalUrl.siteOf(href).equals(site) && match.matcher(href).matches()
					&& !href.equals(CanonicalUrl.of(page.location()))) {
				links.add(href);
			}
		}
		return List.copyOf(links);
	}

	/**
	 * The feed a site's page announces ({@code <link rel="alternate">}), if any.
	 */
	static @Nullable String discoveredFeed(Document page) {
		Element link = page.selectFirst(
				"link[rel~=(?i)alternate][type~=(?i)application/(rss|atom)\\+xml][href], link[rel~=(?i)alternate][type~=(?i)(rss|atom)][href]");
		return (link != null && !link.absUrl("href").isEmpty()) ? link.absUrl("href") : null;
	}

	static Document html(byte[] body, @Nullable String contentType, String url) {
		String charset = null;
		if (contentType != null) {
			int at = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
			if (at >= 0) {
				charset = contentType.substring(at + 8).replaceAll("[\"';].*", "").strip();
			}
		}
		try {
			return Jsoup.parse(new ByteArrayInputStream(body), charset, url);
		}
		catch (IOException | IllegalArgumentException ex) {
			return Jsoup.parse(new String(body, StandardCharsets.UTF_8), url);
		}
	}

	/**
	 * The link made absolute against the document's address, or {@code null} when it is
	 * empty, unreadable or not http(s) ({@code javascript:}, {@code file:},
	 * {@code mailto:}): nothing to crawl.
	 */
	private static @Nullable String absolute(String base, String link) {
		if (link.isEmpty()) {
			return null;
		}
		try {
			java.net.URI resolved = java.net.URI.create(base).resolve(link.replace(" ", "%20"));
			String scheme = resolved.getScheme();
			boolean web = scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
					&& resolved.getHost() != null;
			return web ? resolved.toString() : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean isGzip(byte[] body) {
		return body.length > 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
	}

	private static byte[] gunzip(byte[] body) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return BoundedRead.readAll(in, MAX_GZIP_SITEMAP,
					() -> new IOException("gzipped sitemap unpacks beyond " + MAX_GZIP_SITEMAP + " bytes"));
		}
	}

	/**
	 * What a fetched body is.
	 */
	enum Format {

		FEED, SITEMAP, HTML

	}

	/**
	 * A sitemap's content.
	 *
	 * @param pages the page addresses
	 * @param children the child sitemaps of a sitemap index
	 */
	record Sitemap(List<String> pages, List<String> children) {
	}

}
