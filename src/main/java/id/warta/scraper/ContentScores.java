package id.warta.scraper;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * One walk over a page's body that drops what is never text (scripts, forms' controls,
 * figures, hidden elements) and measures every element bottom-up: its text, link text,
 * commas and class signal. Paragraph-like units then score the containers above them, as
 * Readability does, but without re-reading any subtree's text.
 */
final class ContentScores {

	/** Elements whose content is never article text. */
	private static final Set<String> JUNK = Set.of("script", "style", "noscript", "template", "svg", "iframe", "object",
			"embed", "select", "button", "input", "textarea", "nav", "aside", "footer", "figure", "figcaption",
			"picture", "video", "audio", "canvas", "map", "dialog", "menu", "label", "option", "link", "meta", "head",
			"amp-img", "amp-ad", "amp-iframe", "amp-social-share", "amp-twitter", "amp-instagram", "amp-youtube",
			"amp-carousel", "amp-analytics", "amp-sidebar", "amp-video", "amp-facebook");

	/** Elements that start a new block of text. */
	static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol", "blockquote",
			"pre", "table", "tbody", "thead", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "header", "dl",
			"dd", "dt", "center", "form", "address", "hr", "details", "summary", "caption");

	private static final Set<String> UNITS = Set.of("p", "pre", "td", "blockquote", "dd", "li");

	/**
	 * A chrome-named element this close below the body that holds most of the page's text
	 * is the page's wrapper, not chrome.
	 */
	private static final int WRAPPER_DEPTH = 3;

	private final Map<Element, Measure> measures = new IdentityHashMap<>();

	private final List<Element> units = new ArrayList<>();

	private final ClassSignals signals = new ClassSignals();

	private final Element root;

	private ContentScores(Element root) {
		this.root = root;
	}

	/** Measures the body, removing junk elements from it. */
	static ContentScores measure(Element body) {
		return measure(body, null);
	}

	/**
	 * Measures the body, removing junk elements from it, and shows every element to the
	 * page's statements on the way.
	 */
	static ContentScores measure(Element body, @Nullable PageStatements statements) {
		ContentScores scores = new ContentScores(body);
		List<Node> junk = new ArrayList<>();
		NodeTraversor.filter(scores.new Walker(junk, statements), body);
		for (Node node : junk) {
			node.remove();
		}
		return scores;
	}

	/** The element measured: the page's body. */
	Element root() {
		return this.root;
	}

	@Nullable Measure of(Element el) {
		return this.measures.get(el);
	}

	/**
	 * Scores containers from their units.
	 * @param strict whether units inside chrome-classed elements are ignored
	 */
	void score(boolean strict) {
		for (Measure m : this.measures.values()) {
			m.score = 0;
		}
		for (Element unit : this.units) {
			Measure m = this.measures.get(unit);
			if (m == null || (strict && insideChrome(unit)) || m.linkDensity() > 0.5) {
				continue;
			}
			int chars = m.chars;
			double score = 1 + m.commas + Math.min(chars / 100.0, 3);
			Element target = unit.tagName().equals("p") || unit.tagName().equals("pre") || unit.tagName().equals("li")
					|| unit.tagName().equals("td") || unit.tagName().equals("dd") ? unit.parent() : unit;
			double share = 1;
			for (int level = 0; target != null && level < 5; level++) {
				Measure tm = this.measures.get(target);
				if (tm == null) {
					break;
				}
				tm.score += score * share;
				share = 1.0 / ((level == 0) ? 2 : (level + 1) * 3);
				target = target.parent();
			}
		}
	}

	/**
	 * Whether a unit sits in chrome: an element whose class or id marks it so, unless it
	 * is a wrapper of the page (near the body, holding most of its text: "__next",
	 * "page-wrapper-with-sidebar").
	 */
	private boolean insideChrome(Element unit) {
		Measure top = this.measures.get(this.root);
		int pageChars = (top != null) ? top.chars : 0;
		for (Element at = unit; at != null && at != this.root; at = at.parent()) {
			Measure m = this.measures.get(at);
			if (m != null && isChrome(at, m) && (m.chars * 2 < pageChars || depth(at) > WRAPPER_DEPTH)) {
				return true;
			}
		}
		return false;
	}

	/** How far below the body an element sits. */
	private int depth(Element el) {
		int depth = 0;
		for (Element at = el; at != null && at != this.root; at = at.parent()) {
			depth++;
		}
		return depth;
	}

	static boolean isChrome(Element el, Measure m) {
		if (m.weight >= 0) {
			return false;
		}
		String tag = el.normalName();
		return !tag.equals("body") && !tag.equals("article") && !tag.equals("main");
	}

	/**
	 * Whether an element leads elsewhere: an {@code <a>}, unless it only points to a
	 * place in the page itself (a heading's "back to contents", a footnote mark).
	 */
	static boolean isLink(Element el) {
		if (!el.normalName().equals("a")) {
			return false;
		}
		String href = el.attr("href");
		// (A "javascript:" link is a control, a share button or a pager: chrome.)
		return href.length() < 2 || href.charAt(0) != '#';
	}

	/**
	 * The final score of a container: units' score plus class and tag hints, less links.
	 */
	double finalScore(Element el) {
		Measure m = this.measures.get(el);
		if (m == null || m.score == 0) {
			return 0;
		}
		// Class names scale the text's score rather than add to it, so a small box with a
		// promising name does not beat the text itself.
		double factor = 1 + m.weight / (2.0 * ClassSignals.POSITIVE);
		// A box of linked headlines is a list of teasers, however much they say.
		double teasers = 1 / (1 + 0.25 * Math.max(0, m.linkHeadings - 1));
		return Math.max(0, m.score + tagWeight(el.normalName())) * factor * teasers * (1 - m.linkDensity());
	}

	Iterable<Map.Entry<Element, Measure>> all() {
		return this.measures.entrySet();
	}

	private static int tagWeight(String tag) {
		return switch (tag) {
			case "div", "article", "section", "main" -> 5;
			case "pre", "td", "blockquote" -> 3;
			case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
			case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
			default -> 0;
		};
	}

	/**
	 * What one element holds.
	 */
	static final class Measure {

		/** Non-space characters of text in the subtree. */
		int chars;

		/** Of which inside links. */
		int linkChars;

		/**
		 * Characters in block children (so {@code chars - blockChars} is its own text).
		 */
		int blockChars;

		int commas;

		/** Links in the subtree. */
		int links;

		/** Headings that are mostly a link: teaser titles. */
		int linkHeadings;

		/** Characters in paragraph units outside chrome and not mostly links. */
		int paragraphChars;

		int weight;

		/** Whether the element sets its text apart: a quote or a pull-quote box. */
		boolean apart;

		double score;

		double linkDensity() {
			return (this.chars == 0) ? 0 : Math.min(1, (double) this.linkChars / this.chars);
		}

		int ownChars() {
			return this.chars - this.blockChars;
		}

	}

	private final class Walker implements NodeFilter {

		private final List<Node> junk;

		private final List<Measure> stack = new ArrayList<>();

		private int linkDepth;

		private final @Nullable PageStatements statements;

		Walker(List<Node> junk, @Nullable PageStatements statements) {
			this.junk = junk;
			this.statements = statements;
		}

		@Override
		public FilterResult head(Node node, int depth) {
			if (node instanceof TextNode text) {
				if (!this.stack.isEmpty()) {
					countText(text.getWholeText(), this.stack.get(this.stack.size() - 1));
				}
				return FilterResult.CONTINUE;
			}
			if (!(node instanceof Element el)) {
				return FilterResult.CONTINUE;
			}
			String tag = el.normalName();
			if (JUNK.contains(tag) || isHidden(el)) {
				if (this.statements != null && tag.equals("script")) {
					this.statements.see(el);
				}
				else if (this.statements != null && (tag.equals("footer") || tag.equals("aside"))) {
					// A byline or a date may sit in the article's footer or beside it.
					this.statements.seeAll(el);
				}
				this.junk.add(el);
				return FilterResult.SKIP_ENTIRELY;
			}
			if (this.statements != null) {
				this.statements.see(el);
			}
			Measure m = new Measure();
			m.weight = signals.weight(el);
			m.apart = BLOCKS.contains(tag) && ClassSignals.setApart(el);
			if (isLink(el)) {
				this.linkDepth++;
			}
			measures.put(el, m);
			this.stack.add(m);
			return FilterResult.CONTINUE;
		}

		@Override
		public FilterResult tail(Node node, int depth) {
			if (!(node instanceof Element el) || this.stack.isEmpty()) {
				return FilterResult.CONTINUE;
			}
			Measure m = this.stack.remove(this.stack.size() - 1);
			String tag = el.normalName();
			if (isLink(el)) {
				this.linkDepth--;
				m.links++;
			}
			if (UNITS.contains(tag) ? m.chars >= 25 : (BLOCKS.contains(tag) && m.ownChars() >= 25)) {
				units.add(el);
				if (m.linkDensity() <= 0.5) {
					m.paragraphChars += (tag.equals("p") || tag.equals("pre")) ? m.chars : m.ownChars();
				}
			}
			if (tag.length() == 2 && tag.charAt(0) == 'h' && m.chars > 0 && m.linkChars * 2 > m.chars) {
				m.linkHeadings++;
			}
			if (!this.stack.isEmpty()) {
				Measure parent = this.stack.get(this.stack.size() - 1);
				parent.chars += m.chars;
				parent.linkChars += m.linkChars;
				parent.links += m.links;
				parent.commas += m.commas;
				parent.linkHeadings += m.linkHeadings;
				// Paragraphs in a comment box or a teaser list are not the article's,
				// unless
				// the "chrome" is the page itself (a Next.js "__next" root, say).
				if (!isChrome(el, m) || m.chars > 5000) {
					parent.paragraphChars += m.paragraphChars;
				}
				if (BLOCKS.contains(tag)) {
					parent.blockChars += m.chars;
				}
			}
			return FilterResult.CONTINUE;
		}

		private void countText(String text, Measure m) {
			int chars = 0;
			int commas = 0;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == ',' || c == '،' || c == '，') {
					commas++;
				}
				if (c > ' ' && c != '\u00a0') {
					chars++;
				}
			}
			m.chars += chars;
			m.commas += commas;
			if (this.linkDepth > 0) {
				m.linkChars += chars;
			}
		}

		private static boolean isHidden(Element el) {
			if (el.attributesSize() == 0) {
				return false;
			}
			if (el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden")) && !el.normalName().equals("span")) {
				return true;
			}
			String style = el.attr("style");
			return !style.isEmpty() && (style.contains("display:none") || style.contains("display: none")
					|| style.contains("visibility:hidden") || style.contains("visibility: hidden"));
		}

	}

}
