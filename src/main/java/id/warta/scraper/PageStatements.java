package id.warta.scraper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * What a page says about itself, gathered in one walk over the document (before its body
 * is cleaned): {@code <meta>} values by name, property or itemprop; JSON-LD scripts;
 * headlines; the first {@code <time datetime>}; the canonical address; microdata; and the
 * visible byline and date elements.
 */
final class PageStatements implements NodeVisitor {

	private static final Set<String> CONTAINERS = Set.of("html", "body", "main", "article", "section", "header",
			"footer", "nav", "aside", "ul", "ol", "table", "form", "script", "style", "img", "a", "link", "meta");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern REPEATED_BARS = Pattern.compile("(\\s*\\|\\s*)+(?=\\|)");

	private static final Pattern EDGE_BARS = Pattern.compile("^[\\s|]+|[\\s|]+$");

	private static final int BYLINE = 1;

	private static final int DATE = 2;

	private final Map<String, String> metas = new HashMap<>();

	private final Map<String, Integer> kinds = new HashMap<>();

	final List<String> jsonLd = new ArrayList<>();

	final List<String> headlines = new ArrayList<>();

	/**
	 * The first {@code h2} or {@code h3}, the headline of pages without an {@code h1}.
	 */
	@Nullable String subHeadline;

	@Nullable String time;

	@Nullable String canonical;

	@Nullable String itemAuthor;

	@Nullable String itemDate;

	@Nullable String itemHeadline;

	@Nullable String bylineText;

	@Nullable String dateText;

	final String title;

	private PageStatements(Document doc) {
		this.title = doc.title();
	}

	/**
	 * Reads the page's head; the body's elements are to be shown to {@link #see} by the
	 * one walk that measures the body, so the page is not walked twice.
	 */
	static PageStatements readHead(Document doc) {
		PageStatements statements = new PageStatements(doc);
		if (doc.head() != null) {
			NodeTraversor.traverse(statements, doc.head());
		}
		return statements;
	}

	/** Takes in one element of the body (not its descendants). */
	void see(Element el) {
		head(el, 0);
	}

	/** Takes in an element the body walk skips, with its descendants. */
	void seeAll(Element el) {
		NodeTraversor.traverse(this, el);
	}

	/** A {@code <meta>} value by its name, property or itemprop (lower case). */
	@Nullable String meta(String name) {
		return this.metas.get(name);
	}

	@Override
	public void head(Node node, int depth) {
		if (!(node instanceof Element el)) {
			return;
		}
		if (this.subHeadline == null && (el.normalName().equals("h2") || el.normalName().equals("h3"))) {
			this.subHeadline = boundedText(el, 300);
		}
		if (el.attributesSize() == 0 && !el.normalName().equals("h1")) {
			return;
		}
		switch (el.normalName()) {
			case "meta" -> {
				String content = el.attr("content");
				if (!content.isBlank()) {
					for (String key : new String[] { "property", "name", "itemprop" }) {
						String name = el.attr(key);
						if (!name.isEmpty()) {
							this.metas.putIfAbsent(name.toLowerCase(Locale.ROOT), content);
						}
					}
				}
			}
			case "script" -> {
				if (el.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
					this.jsonLd.add(el.data());
				}
			}
			case "h1" -> {
				if (this.headlines.size() < 5) {
					this.headlines.add(el.text());
				}
			}
			case "time" -> {
				if (this.time == null && el.hasAttr("datetime")) {
					this.time = el.attr("datetime");
				}
			}
			case "link" -> {
				if (this.canonical == null && el.attr("rel").equalsIgnoreCase("canonical")) {
					this.canonical = el.absUrl("href").isEmpty() ? el.attr("href") : el.absUrl("href");
				}
			}
			default -> {
			}
		}
		String itemprop = el.attr("itemprop");
		if (!itemprop.isEmpty()) {
			microdata(el, itemprop);
		}
		else if (this.bylineText == null || this.dateText == null) {
			visible(el);
		}
	}

	private void microdata(Element el, String itemprop) {
		switch (itemprop) {
			case "author" -> {
				if (this.itemAuthor == null) {
					Element name = el.selectFirst("[itemprop=name]");
					String text = boundedText((name != null) ? name : el, 150);
					this.itemAuthor = (text == null || text.isBlank()) ? el.attr("content") : text;
				}
			}
			case "datePublished" -> {
				if (this.itemDate == null) {
					this.itemDate = el.hasAttr("content") ? el.attr("content")
							: el.hasAttr("datetime") ? el.attr("datetime") : boundedText(el, 100);
				}
			}
			case "headline" -> {
				if (this.itemHeadline == null && !el.normalName().equals("meta")) {
					this.itemHeadline = boundedText(el, 300);
				}
			}
			default -> {
			}
		}
	}

	/** A visible byline or date element, as its class or id names it. */
	private void visible(Element el) {
		if (el.childNodeSize() > 8 || CONTAINERS.contains(el.normalName())) {
			// A byline or a date is a small element, not a section of the page.
			return;
		}
		int kind = kind(el.className()) | kind(el.id()) | kind(el.attr("data-component"));
		if (this.bylineText == null && (kind & BYLINE) != 0) {
			String text = boundedText(el, 150);
			if (text != null && !text.isBlank()) {
				this.bylineText = text;
			}
		}
		else if (this.dateText == null && (kind & DATE) != 0) {
			String text = boundedText(el, 100);
			if (text != null && !text.isBlank()) {
				this.dateText = text;
			}
		}
	}

	/** What a class or id names: a byline, a date, or neither. Cached per page. */
	private int kind(String name) {
		if (name.isEmpty()) {
			return 0;
		}
		Integer cached = this.kinds.get(name);
		if (cached == null) {
			String lower = name.toLowerCase(Locale.ROOT);
			boolean byline = lower.contains("author") || lower.contains("byline") || lower.contains("penulis")
					|| lower.contains("reporter") || lower.contains("writer");
			boolean date = lower.contains("date") || lower.contains("time") || lower.contains("tanggal")
					|| lower.contains("publish");
			cached = (byline ? BYLINE : 0) | (date ? DATE : 0);
			this.kinds.put(name, cached);
		}
		return cached;
	}

	@Override
	public void tail(Node node, int depth) {
	}

	/**
	 * The element's text, or null when it is longer than the limit or the element is big:
	 * a byline or date element is small, and reading a big one whole, at every level of a
	 * deep page, would cost the square of its size.
	 */
	static @Nullable String boundedText(Element el, int maxChars) {
		StringBuilder text = new StringBuilder();
		int[] nodes = { 0 };
		NodeTraversor.filter(new NodeFilter() {
			@Override
			public FilterResult head(Node node, int depth) {
				if (++nodes[0] > 60 || text.length() > maxChars) {
					return FilterResult.STOP;
				}
				if (node instanceof TextNode t) {
					text.append(t.text()).append(' ');
				}
				else if (node instanceof Element child && child != el
						&& ContentScores.BLOCKS.contains(child.normalName()) && !text.isEmpty()) {
					// "Penulis, Frances Mao | Peranan, BBC News": parts stay apart.
					text.append(" | ");
				}
				return FilterResult.CONTINUE;
			}

			@Override
			public FilterResult tail(Node node, int depth) {
				if (node instanceof Element child && child != el && ContentScores.BLOCKS.contains(child.normalName())) {
					text.append(" | ");
				}
				return FilterResult.CONTINUE;
			}
		}, el);
		if (nodes[0] > 60 || text.length() > maxChars * 2) {
			return null;
		}
		String result = SPACES.matcher(text).replaceAll(" ");
		result = REPEATED_BARS.matcher(result).replaceAll("");
		result = EDGE_BARS.matcher(result).replaceAll("");
		return (nodes[0] > 60 || result.length() > maxChars) ? null : result;
	}

}
