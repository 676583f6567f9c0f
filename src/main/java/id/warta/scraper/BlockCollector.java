package id.warta.scraper;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads a container as blocks: a block element or a double {@code <br>
 * } ends a paragraph, {@code h2}–{@code h6} are subheadings. Skips what sits inside the
 * article but is not its text: chrome-classed and link-dense elements, teaser lists, the
 * headline, and inline teasers ("<b>Baca juga: …</b>") within a paragraph.
 */
final class BlockCollector implements NodeFilter {

	/**
	 * No article has more blocks; a page that does is cut here so its cleaning stays
	 * bounded in time.
	 */
	static final int MAX_BLOCKS = 3000;

	private static final Set<String> CELLS = Set.of("td", "th");

	private static final Set<String> TABLE_PARTS = Set.of("table", "thead", "tbody", "tr", "td", "th");

	private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

	private static final Set<String> INLINE_MARKS = Set.of("strong", "b", "em", "i", "span", "a", "u", "font");

	/** An inline run that is a teaser or an advertisement label, not text. */
	private static final Pattern INLINE_TEASER = Pattern.compile("\\s*(?i:" + TeaserPhrases.alternation()
			+ ")\\s*[:：>»-]" + "|\\s*(?i:advertisement|scroll to continue with content|scroll to continue|iklan)\\s*$");

	private final ContentScores scores;

	private final boolean strict;

	private final List<Block> blocks = new ArrayList<>();

	private final StringBuilder text = new StringBuilder();

	private final List<Integer> inlineStarts = new ArrayList<>();

	private int linkChars;

	/** Links begun in the block being read. */
	private int blockLinks;

	/** Table rows open at this point of the walk. */
	private int rows;

	private int teaserHeadings;

	private int linkDepth;

	private boolean heading;

	private boolean lastWasBreak;

	private boolean pendingSpace;

	private Element root;

	private final BlockPlaces places;

	/** The block elements open at this point of the walk, innermost last. */
	private final List<Element> open = new ArrayList<>();

	/** How many of them are set apart from the text (quotes, pull-quote boxes). */
	private int apart;

	BlockCollector(ContentScores scores, boolean strict) {
		this(scores, strict, BlockPlaces.NONE);
	}

	BlockCollector(ContentScores scores, boolean strict, BlockPlaces places) {
		this.scores = scores;
		this.strict = strict;
		this.places = places;
	}

	void collect(Element container) {
		this.root = container;
		NodeTraversor.filter(this, container);
		flush();
	}

	List<Block> blocks() {
		return this.blocks;
	}

	int teaserHeadings() {
		return this.teaserHeadings;
	}

	@Override
	public FilterResult head(Node node, int depth) {
		if (this.blocks.size() >= MAX_BLOCKS) {
			return FilterResult.STOP;
		}
		if (node instanceof TextNode textNode) {
			append(textNode.getWholeText());
			return FilterResult.CONTINUE;
		}
		if (!(node instanceof Element el)) {
			return FilterResult.CONTINUE;
		}
		String tag = el.normalName();
		if (tag.equals("br")) {
			if (this.lastWasBreak) {
				flush();
			}
			this.pendingSpace = true;
			this.lastWasBreak = true;
			return FilterResult.CONTINUE;
		}
		if (el != this.root && skip(el, tag)) {
			return FilterResult.SKIP_ENTIRELY;
		}
		if (ContentScores.isLink(el)) {
			this.linkDepth++;
			this.blockLinks++;
		}
		if (INLINE_MARKS.contains(tag)) {
			this.inlineStarts.add(this.text.length());
		}
		else if (CELLS.contains(tag)) {
			// A table row reads as one line, its cells apart.
			this.pendingSpace = true;
		}
		else if (ContentScores.BLOCKS.contains(tag)) {
			flush();
			this.heading = HEADINGS.contains(tag);
			this.open.add(el);
			if (isApart(el)) {
				this.apart++;
			}
			if (tag.equals("tr")) {
				this.rows++;
			}
		}
		return FilterResult.CONTINUE;
	}

	@Override
	public FilterResult tail(Node node, int depth) {
		if (!(node instanceof Element el)) {
			return FilterResult.CONTINUE;
		}
		String tag = el.normalName();
		if (ContentScores.isLink(el)) {
			this.linkDepth--;
		}
		if (INLINE_MARKS.contains(tag)) {
			int start = this.inlineStarts.remove(this.inlineStarts.size() - 1);
			if (start < this.text.length() && this.text.length() - start < 300
					&& INLINE_TEASER.matcher(this.text).region(start, this.text.length()).lookingAt()) {
				this.text.setLength(start);
			}
		}
		else if (CELLS.contains(tag)) {
			this.pendingSpace = true;
		}
		else if (ContentScores.BLOCKS.contains(tag)) {
			flush();
			if (tag.equals("tr") && this.rows > 0) {
				this.rows--;
			}
			if (!this.open.isEmpty() && this.open.get(this.open.size() - 1) == el) {
				this.open.remove(this.open.size() - 1);
				if (isApart(el)) {
					this.apart--;
				}
			}
		}
		return FilterResult.CONTINUE;
	}

	private boolean skip(Element el, String tag) {
		ContentScores.Measure m = this.scores.of(el);
		if (m == null) {
			return false;
		}
		if (tag.equals("h1")) {
			return true;
		}
		if (m.chars == 0) {
			return !tag.equals("br") && !tag.equals("img");
		}
		if (this.strict && m.weight < 0 && m.weight + ClassSignals.POSITIVE <= 0
				&& !(this.heading && INLINE_MARKS.contains(tag)) && !isCodeBox(el)) {
			// (The words of a heading are its text whatever their class: "mw-headline".)
			return true;
		}
		if (m.linkHeadings >= 2) {
			return true;
		}
		if (!ContentScores.BLOCKS.contains(tag) || tag.equals("p")) {
			// A run of several links inside a paragraph is a hover card or an inline
			// teaser list, hidden or beside the point in the rendered text.
			return !tag.equals("a") && !tag.equals("p") && m.links >= 3 && m.chars - m.linkChars < 30;
		}
		double density = m.linkDensity();
		if (TABLE_PARTS.contains(tag)) {
			// A table of figures names its rows with links; only a table of links is
			// chrome, and a single cell or a row with one link (a linked name) says
			// nothing about that.
			return !CELLS.contains(tag) && density > 0.6 && (m.links >= 2 || !tag.equals("tr"));
		}
		if (tag.equals("ul") || tag.equals("ol") || tag.equals("li")) {
			// A list whose items say something beyond their links is text ("10 things"
			// with a linked lead each); a list of links is navigation or teasers.
			int items = tag.equals("li") ? 1 : Math.max(1, el.childrenSize());
			return density > 0.6 || (density > 0.33 && (m.chars - m.linkChars) / items < 50);
		}
		return density > 0.5 || (m.commas < 10 && density > 0.33 && m.weight <= 0);
	}

	private boolean isApart(Element el) {
		ContentScores.Measure m = this.scores.of(el);
		return (m != null) ? m.apart : ClassSignals.setApart(el);
	}

	/** A box around a code listing ("highlight"), whatever its class says. */
	private static boolean isCodeBox(Element el) {
		Element at = el;
		for (int level = 0; level < 3 && at.childrenSize() == 1; level++) {
			at = at.child(0);
			if (at.normalName().equals("pre")) {
				return true;
			}
		}
		return false;
	}

	private void append(String raw) {
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c <= ' ' || c == '\u00a0' || Character.isWhitespace(c)) {
				this.pendingSpace = true;
				continue;
			}
			if (this.pendingSpace && this.text.length() > 0) {
				this.text.append(' ');
			}
			this.pendingSpace = false;
			this.lastWasBreak = false;
			this.text.append(c);
			if (this.linkDepth > 0) {
				this.linkChars++;
			}
		}
	}

	private void flush() {
		if (this.text.length() > 0) {
			String t = this.text.toString();
			// A table row naming its subject with one link is data, not a link.
			boolean linky = this.linkChars * 2 > t.length() && (this.rows == 0 || this.blockLinks > 1);
			if (!linky) {
				Block block = this.heading ? Block.heading(t) : Block.paragraph(t);
				this.blocks.add(block);
				Element at = this.open.isEmpty() ? null : this.open.get(this.open.size() - 1);
				this.places.put(block, (at != null) ? at.parent() : null, this.apart > 0);
			}
			else if (this.heading && t.indexOf(' ') > 0) {
				// A linked headline of some words is a teaser; a lone "[edit]" is not.
				this.teaserHeadings++;
			}
		}
		this.text.setLength(0);
		this.inlineStarts.replaceAll((start) -> 0);
		this.linkChars = 0;
		this.blockLinks = 0;
		this.heading = false;
		this.lastWasBreak = false;
		this.pendingSpace = false;
	}

}
