package id.warta.scraper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An HTML page's own statements about its article: JSON-LD ({@code NewsArticle},
 * {@code Article}, inside {@code @graph} or arrays), Open Graph and {@code article:*}
 * properties, {@code <meta name=author>}, {@code <time datetime>} and the
 * {@code <title>}.
 *
 * @param title the headline
 * @param outlet the publisher's name
 * @param author the byline
 * @param published the publication date
 */
record HtmlMetadata(@Nullable String title, @Nullable String outlet, @Nullable String author,
		@Nullable PublicationDate published) {

	private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting",
			"reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "webpage",
			"liveblogposting", "socialmediaposting");

	static HtmlMetadata read(Document doc, JsonMapper json) {
		JsonNode ld = jsonLdArticle(doc, json);
		String siteName = first(text(ld, "publisher", "name"), meta(doc, "og:site_name"),
				meta(doc, "application-name"));
		String title = first(text(ld, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"),
				doc.selectFirst("h1") != null ? doc.selectFirst("h1").text() : null, doc.title());
		if (title != null && siteName == null) {
			siteName = siteSuffix(doc.title());
		}
		title = (title != null) ? withoutSiteSuffix(title, siteName) : null;
		String author = first(author(ld), meta(doc, "author"), meta(doc, "article:author"), meta(doc, "dc.creator"),
				meta(doc, "byl"));
		if (author != null && (author.startsWith("http") || author.length() > 100)) {
			author = null;
		}
		String date = first(text(ld, "datePublished"), meta(doc, "article:published_time"), meta(doc, "pubdate"),
				meta(doc, "publishdate"), meta(doc, "date"), meta(doc, "dc.date"), meta(doc, "dc.date.issued"),
				meta(doc, "content_publisheddate"), meta(doc, "publish-date"), timeDatetime(doc));
		PublicationDate published = (date != null) ? DateLineParser.parseMachineDate(date).orElse(null) : null;
		return new HtmlMetadata(blankToNull(title), blankToNull(siteName), blankToNull(author), published);
	}

	private static @Nullable JsonNode jsonLdArticle(Document doc, JsonMapper json) {
		for (Element script : doc.select("script[type=application/ld+json]")) {
			try {
				Optional<JsonNode> found = findArticle(json.readTree(script.data()));
				if (found.isPresent()) {
					return found.get();
				}
			}
			catch (JacksonException ex) {
				// Broken JSON-LD is common; the other metadata still counts.
			}
		}
		return null;
	}

	private static Optional<JsonNode> findArticle(JsonNode node) {
		if (node.isArray()) {
			for (JsonNode item : node) {
				Optional<JsonNode> found = findArticle(item);
				if (found.isPresent()) {
					return found;
				}
			}
			return Optional.empty();
		}
		if (!node.isObject()) {
			return Optional.empty();
		}
		if (node.has("@graph")) {
			return findArticle(node.get("@graph"));
		}
		JsonNode type = node.get("@type");
		List<String> types = new ArrayList<>();
		if (type != null && type.isArray()) {
			type.forEach((t) -> types.add(t.asString("")));
		}
		else if (type != null) {
			types.add(type.asString(""));
		}
		boolean article = types.stream().anyMatch((t) -> ARTICLE_TYPES.contains(t.toLowerCase(Locale.ROOT)));
		return (article && node.has("headline")) ? Optional.of(node) : Optional.empty();
	}

	private static @Nullable String text(@Nullable JsonNode node, String... path) {
		JsonNode at = node;
		for (String key : path) {
			if (at == null) {
				return null;
			}
			at = at.isArray() && !at.isEmpty() ? at.get(0).get(key) : at.get(key);
		}
		return (at != null && at.isValueNode()) ? at.asString("") : null;
	}

	private static @Nullable String author(@Nullable JsonNode ld) {
		if (ld == null || ld.get("author") == null) {
			return null;
		}
		JsonNode author = ld.get("author");
		List<String> names = new ArrayList<>();
		for (JsonNode one : author.isArray() ? author : List.of(author)) {
			String name = one.isValueNode() ? one.asString("")
					: (one.get("name") != null ? one.get("name").asString("") : "");
			if (!name.isBlank()) {
				names.add(name.strip());
			}
		}
		return names.isEmpty() ? null : String.join(", ", names);
	}

	private static @Nullable String meta(Document doc, String name) {
		Element el = doc
			.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
		return (el != null) ? el.attr("content") : null;
	}

	private static @Nullable String timeDatetime(Document doc) {
		Element time = doc.selectFirst("time[datetime]");
		return (time != null) ? time.attr("datetime") : null;
	}

	/** The site's name as the page title ends with it: "Headline — Harbour Times". */
	private static @Nullable String siteSuffix(String pageTitle) {
		String stripped = withoutSiteSuffix(pageTitle, null);
		if (stripped.equals(pageTitle.strip())) {
			return null;
		}
		return pageTitle.strip().substring(stripped.length()).replaceFirst("^\\s*(\\||-|–|—|::)\\s*", "").strip();
	}

	private static String withoutSiteSuffix(String title, @Nullable String siteName) {
		String t = title.strip();
		for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ")) {
			int at = t.lastIndexOf(sep);
			if (at > 0) {
				String suffix = t.substring(at + sep.length()).strip();
				boolean isSite = (siteName != null && suffix.equalsIgnoreCase(siteName.strip()))
						|| suffix.split("\\s+").length <= 3 && at > t.length() / 2;
				if (isSite) {
					return t.substring(0, at).strip();
				}
			}
		}
		return t;
	}

	@SafeVarargs
	private static @Nullable String first(@Nullable String... values) {
		for (String v : values) {
			if (v != null && !v.isBlank()) {
				return v.strip();
			}
		}
		return null;
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

}
