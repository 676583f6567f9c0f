package id.warta.scraper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Finds an HTML page's article body: drops chrome, scores containers by the paragraph
 * text they hold (less the share that is link text) and reads the best one as paragraphs
 * and subheadings, {@code <br>
 * <br>
 * } counting as a paragraph break.
 */
final class HtmlBody {

	private static final String CHROME = "script, style, noscript, nav, aside, footer, form, iframe, figure, figcaption, "
			+ "button, svg, select, template, [hidden], [aria-hidden=true], [role=navigation], [role=complementary]";

	private static final Pattern UNLIKELY = Pattern.compile(
			"(?i)(^|[-_ ])(share|sharing|social|related|comment|comments|sidebar|widget|newsletter|promo|advert|ads|iklan|"
					+ "breadcrumbs?|tags|baca-?juga|read-?also|readmore|recommend\\w*|popular|terpopuler|caption|footer|menu|"
					+ "nav|subscribe|author-box)([-_ ]|$)");

	private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
			"blockquote", "pre", "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "header", "dl", "dd",
			"dt", "center");

	private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4");

	private static final int MIN_UNIT_CHARS = 25;

	private HtmlBody() {
	}

	static List<Block> extract(Document doc) {
		Element root = doc.body();
		if (root == null) {
			return List.of();
		}
		root.select(CHROME).remove();
		for (Element el : root.select("[class], [id]")) {
			if (el.parent() != null && !el.tagName().equals("body") && !el.tagName().equals("article")
					&& UNLIKELY.matcher(el.className() + " " + el.id()).find() && el.select("p").size() < 3) {
				el.remove();
			}
		}
		Element best = bestContainer(root);
		return (best != null) ? blocks(best) : List.of();
	}

	private static @Nullable Element bestContainer(Element root) {
		Map<Element, Double> scores = new HashMap<>();
		for (Element unit : root.select("p, pre, td, div, blockquote")) {
			String own = unit.tagName().equals("p") || unit.tagName().equals("pre") ? unit.text() : unit.ownText();
			if (own.length() < MIN_UNIT_CHARS) {
				continue;
			}
			double score = 1 + own.split("[,،]").length + Math.min(own.length() / 100.0, 3);
			Element parent = unit.tagName().equals("div") ? unit : unit.parent();
			double share = 1;
			for (int level = 0; parent != null && level < 3; level++) {
				scores.merge(parent, score * share, Double::sum);
				share = (level == 0) ? 0.5 : share / 1.5;
				parent = parent.parent();
			}
		}
		Element best = null;
		double bestScore = 0;
		for (Map.Entry<Element, Double> e : scores.entrySet()) {
			double score = e.getValue() * (1 - linkDensity(e.getKey()));
			if (score > bestScore) {
				bestScore = score;
				best = e.getKey();
			}
		}
		return best;
	}

	private static double linkDensity(Element el) {
		int total = el.text().length();
		if (total == 0) {
			return 1;
		}
		int links = 0;
		for (Element a : el.select("a")) {
			links += a.text().length();
		}
		return Math.min(1, (double) links / total);
	}

	private static List<Block> blocks(Element container) {
		Collector collector = new Collector();
		NodeTraversor.traverse(collector, container);
		collector.flush();
		return collector.blocks;
	}

	/**
	 * Walks the container, cutting text into blocks at block elements and double breaks.
	 */
	private static final class Collector implements NodeVisitor {

		final List<Block> blocks = new ArrayList<>();

		private final StringBuilder text = new StringBuilder();

		private int linkChars;

		private int linkDepth;

		private boolean heading;

		private boolean lastWasBreak;

		@Override
		public void head(Node node, int depth) {
			if (node instanceof TextNode textNode) {
				String t = textNode.text();
				if (!t.isBlank()) {
					lastWasBreak = false;
				}
				text.append(t);
				if (linkDepth > 0) {
					linkChars += t.strip().length();
				}
			}
			else if (node instanceof Element el) {
				String tag = el.tagName();
				if (tag.equals("br")) {
					if (lastWasBreak) {
						flush();
					}
					text.append(' ');
					lastWasBreak = true;
				}
				else if (tag.equals("a")) {
					linkDepth++;
				}
				else if (BLOCKS.contains(tag)) {
					flush();
					heading = HEADINGS.contains(tag);
				}
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (node instanceof Element el) {
				if (el.tagName().equals("a")) {
					linkDepth--;
				}
				else if (BLOCKS.contains(el.tagName())) {
					flush();
				}
			}
		}

		void flush() {
			String t = text.toString().replaceAll("[\\s\\u00a0]+", " ").strip();
			boolean linky = t.length() > 0 && linkChars * 2 > t.length();
			if (!t.isEmpty() && !linky && !BoilerplateLines.isBoilerplate(t)) {
				blocks.add(heading ? Block.heading(t) : Block.paragraph(t));
			}
			text.setLength(0);
			linkChars = 0;
			heading = false;
			lastWasBreak = false;
		}

	}

}
