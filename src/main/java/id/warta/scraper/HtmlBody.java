package id.warta.scraper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds an HTML page's article body: measures the page once ({@link ContentScores}),
 * takes the best-scoring container with the siblings that continue it, and reads it as
 * paragraphs and subheadings ({@link BlockCollector}), then drops the lines that are
 * chrome, teasers, credits and comments ({@link BodyLines}).
 */
final class HtmlBody {

	/** Below this many characters a strict reading is retried without class hints. */
	private static final int RETRY_CHARS = 250;

	private HtmlBody() {
	}

	/**
	 * Reads the body.
	 * @param body the page's {@code <body>}; junk elements are removed from it
	 * @param credits collects credit lines ("Sumber: ANTARA") found at the foot
	 * @return the blocks, possibly empty
	 */
	static Body extract(Element body, CitedSources credits) {
		return extract(body, credits, null, BlockPlaces.NONE);
	}

	/**
	 * Reads the body, showing its elements to the page's statements on the way.
	 */
	static Body extract(Element body, CitedSources credits, @Nullable PageStatements statements, BlockPlaces places) {
		ContentScores scores = ContentScores.measure(body, statements);
		Body strict = read(scores, true, credits, places);
		if (chars(strict.blocks()) >= RETRY_CHARS) {
			return strict;
		}
		CitedSources looseCredits = new CitedSources();
		Body loose = read(scores, false, looseCredits, places);
		if (chars(loose.blocks()) > chars(strict.blocks()) * 2) {
			looseCredits.names().forEach(credits::add);
			return loose;
		}
		return strict;
	}

	private static Body read(ContentScores scores, boolean strict, CitedSources credits, BlockPlaces places) {
		scores.score(strict);
		Element top = null;
		double topScore = 0;
		for (Map.Entry<Element, ContentScores.Measure> e : scores.all()) {
			if (e.getValue().score == 0) {
				continue;
			}
			double score = scores.finalScore(e.getKey());
			if (score > topScore) {
				topScore = score;
				top = e.getKey();
			}
		}
		if (top == null && !strict && scores.of(scores.root()) != null && scores.of(scores.root()).chars > 0) {
			// No container stands out (a page of a few lines, a list of paragraphs): the
			// page's text is the article, as far as it is not chrome.
			top = scores.root();
		}
		if (top == null) {
			return new Body(List.of(), 0, null);
		}
		top = widened(scores, top);
		List<Element> parts = withSiblings(scores, top, topScore);
		BlockCollector collector = new BlockCollector(scores, strict, places);
		for (Element part : parts) {
			collector.collect(part);
		}
		String[] footerAuthor = new String[1];
		List<Block> blocks = BodyLines.clean(collector.blocks(), credits, (name) -> footerAuthor[0] = name);
		int teasers = Math.max(collector.teaserHeadings(), listedSiblings(scores, top));
		return new Body(blocks, teasers, footerAuthor[0]);
	}

	/**
	 * The ancestor of the top container that holds clearly more of the article's
	 * paragraphs (pages that split the story into columns or sections), as long as it is
	 * not chrome and not mostly links.
	 */
	private static Element widened(ContentScores scores, Element top) {
		Element best = top;
		ContentScores.Measure bestMeasure = scores.of(top);
		Element at = top.parent();
		for (int level = 0; at != null && bestMeasure != null && level < 6; level++, at = at.parent()) {
			ContentScores.Measure m = scores.of(at);
			ContentScores.Measure below = scores.of(pathChild(at, top));
			if (m == null || at.normalName().equals("body") || m.weight < 0 || m.linkDensity() > 0.35
					|| (below != null && below.linkHeadings >= 2)) {
				// (Read from higher up, a box holding teaser headlines is skipped whole,
				// and the text in it with it.)
				break;
			}
			if (m.paragraphChars - commentChars(scores, at, top) >= bestMeasure.paragraphChars * 1.25) {
				best = at;
				bestMeasure = m;
			}
		}
		return best;
	}

	/**
	 * The paragraph characters a wider container would take in from comment sections
	 * beside the text: those under {@code at} but not under {@code top}.
	 */
	private static int commentChars(ContentScores scores, Element at, Element top) {
		Set<Element> path = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Element el = top.parent(); el != null && el != at.parent(); el = el.parent()) {
			path.add(el);
		}
		return commentChars(scores, at, top, path, 3);
	}

	private static int commentChars(ContentScores scores, Element el, Element top, Set<Element> path, int depth) {
		ContentScores.Measure m = scores.of(el);
		if (el == top || m == null || m.paragraphChars == 0) {
			return 0;
		}
		boolean onPath = path.contains(el);
		if (!onPath && ClassSignals.namesComments(el)) {
			return m.paragraphChars;
		}
		int chars = 0;
		if (onPath || depth > 0) {
			for (Element child : el.children()) {
				chars += commentChars(scores, child, top, path, onPath ? depth : depth - 1);
			}
		}
		return chars;
	}

	/** The child of {@code ancestor} on the way down to {@code el}. */
	private static Element pathChild(Element ancestor, Element el) {
		Element at = el;
		while (at.parent() != null && at.parent() != ancestor) {
			at = at.parent();
		}
		return at;
	}

	/** The top container and the siblings that continue the article beside it. */
	private static List<Element> withSiblings(ContentScores scores, Element top, double topScore) {
		Element parent = top.parent();
		if (parent == null || top.normalName().equals("body")) {
			return List.of(top);
		}
		double threshold = Math.max(10, topScore * 0.2);
		List<Element> parts = new ArrayList<>();
		for (Element sibling : parent.children()) {
			if (sibling == top) {
				parts.add(sibling);
				continue;
			}
			ContentScores.Measure m = scores.of(sibling);
			if (m == null || m.chars == 0 || m.weight < 0 || m.linkHeadings >= 2) {
				// (A box of linked headlines beside the text is a list of teasers.)
				continue;
			}
			double bonus = (!top.className().isEmpty() && top.className().equals(sibling.className())) ? topScore * 0.2
					: 0;
			if (m.score > 0 && scores.finalScore(sibling) + bonus >= threshold) {
				parts.add(sibling);
			}
			else if (sibling.normalName().equals("p")) {
				double density = m.linkDensity();
				if ((m.chars > 80 && density < 0.25) || (m.chars > 0 && density == 0 && endsSentence(sibling))) {
					parts.add(sibling);
				}
			}
		}
		return parts;
	}

	private static boolean endsSentence(Element p) {
		String text = p.text();
		return !text.isEmpty() && ".!?\"”".indexOf(text.charAt(text.length() - 1)) >= 0;
	}

	/**
	 * A page's body as read.
	 *
	 * @param blocks the paragraphs and subheadings
	 * @param teaserHeadings headings inside the container that were only links: many of
	 * them make an index page
	 * @param footerAuthor the writer named by a credit footer ("Pewarta: …")
	 */
	record Body(List<Block> blocks, int teaserHeadings, @Nullable String footerAuthor) {
	}

	/**
	 * How many siblings of the container look like it (same tag and class) and lead
	 * elsewhere with a linked heading: the container is then one item of a list of
	 * results or teasers.
	 */
	private static int listedSiblings(ContentScores scores, Element top) {
		Element parent = top.parent();
		if (parent == null || top.className().isEmpty()) {
			return 0;
		}
		int count = 0;
		for (Element sibling : parent.children()) {
			ContentScores.Measure m = scores.of(sibling);
			if (m != null && m.linkHeadings > 0 && sibling.normalName().equals(top.normalName())
					&& sibling.className().equals(top.className())) {
				count++;
			}
		}
		return count;
	}

	static int chars(List<Block> blocks) {
		int n = 0;
		for (Block b : blocks) {
			n += b.text().length();
		}
		return n;
	}

}
