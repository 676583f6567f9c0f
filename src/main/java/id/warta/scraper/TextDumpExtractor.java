package id.warta.scraper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Extracts an article from text copied from a rendered news page: site chrome above and
 * below, one block per line. Finds the densest run of paragraph-like lines, reads the
 * title, byline, date and masthead from the lines just above it, and keeps the paragraphs
 * and subheadings in between.
 */
final class TextDumpExtractor {

	/**
	 * Cost of an unknown short line inside the article run. Navigation and teaser lists
	 * are runs of them; an article bridges a few (subheadings) with its long paragraphs.
	 */
	private static final int SHORT_LINE_COST = 12;

	/**
	 * Known chrome (captions, "Baca juga") sits inside articles too, so it costs less.
	 */
	private static final int CHROME_LINE_COST = 2;

	/**
	 * Words a paragraph-like line must exceed to add to a run: one-sentence comments and
	 * teasers after the article then do not pull the run along. Tuned on the benchmark's
	 * page dumps: F1 0.876 with no floor and costs of 4, 0.888 with these values.
	 */
	private static final int PARAGRAPH_WORDS_FLOOR = 5;

	private static final int COMMENTS_COST = 100_000;

	/** A run worth this much before a comment section opens is the article. */
	private static final int COMMENTS_AFTER_ARTICLE = 40;

	/** A share row or "related" list ends the article unless more than this follows. */
	private static final int SECTION_END_COST = 40;

	/** How far above the article the title may sit. */
	private static final int TITLE_WINDOW = 60;

	/** How many lines may separate the first paragraph from the next in a header. */
	private static final int HEADER_GAP = 12;

	private static final int MAX_TITLE_WORDS = 35;

	/** How far below the article credit and byline footers may sit. */
	private static final int FOOTER_WINDOW = 15;

	private static final int MAX_HEADING_WORDS = 14;

	private static final Pattern BREADCRUMB = Pattern
		.compile("^(?i:home|beranda|index|news)\\b.+|.*\\s[»>/]\\s.*|.*(\\.\\.\\.|…)$");

	/** A photo's credit at the end of its caption: "(REUTERS)", "(Foto: Dok. …)". */
	private static final Pattern CAPTION_CREDIT = Pattern.compile(
			"\\((?:(?i:[^()]*\\b(?:foto|photo|dok|via|ilustrasi|istimewa|file)\\b[^()]*)|\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)\\)$");

	/** A labelled credit line: "Laporan: Tim Redaksi …", "Editor: …". */
	private static final Pattern CREDIT_LABEL = Pattern.compile(
			"^(?i:(?:tim\\s+)?redaksi|laporan|reporter|penulis|editor|redaktur|pewarta|kontributor|sumber|foto|oleh|penyunting|diposting|dipublikasikan|diterbitkan|diperbarui)\\b.*");

	private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+(?:\\||-|–|—|::)\\s+[^|–—]{2,40}$");

	private TextDumpExtractor() {
	}

	static ExtractedArticle extract(String text) throws ExtractionException {
		List<DumpLine> lines = DumpLine.split(text);
		int[] run = densestRun(lines);
		if (run == null) {
			throw new ExtractionException("no article found");
		}
		int start = run[0];
		int end = run[1];
		int titleIndex = findTitle(lines, start);
		if (titleIndex < 0) {
			throw new ExtractionException("no article title found");
		}
		if (titleIndex >= start) {
			start = titleIndex + 1;
		}
		Header header = Header.read(lines, titleIndex, start);
		CitedSources credits = new CitedSources();
		List<Block> blocks = body(lines, start, end, header, credits);
		String author = (header.author != null) ? header.author : footerAuthor(lines, end);
		creditsBelow(lines, end, credits);
		String title = lines.get(titleIndex).text();
		if (title.equals(firstLine(lines))) {
			title = withoutSiteSuffix(title);
		}
		PublicationDate published = (header.published != null) ? header.published : dateBelow(lines, start, end);
		return ArticleAssembler.assemble(title, PageNames.outlet(lines, nearName(lines, header, blocks)), author,
				published, blocks, credits);
	}

	/**
	 * The outlet's name read near the article: a masthead under the title or atop the
	 * page, else the dateline of the first paragraph.
	 */
	private static @Nullable String nearName(List<DumpLine> lines, Header header, List<Block> blocks) {
		if (header.outlet != null) {
			return header.outlet;
		}
		String top = PageNames.topMasthead(lines);
		if (top != null) {
			return top;
		}
		for (Block block : blocks) {
			if (block.kind() == Block.Kind.PARAGRAPH) {
				return Mastheads.dateline(block.text()).map(Mastheads.Dateline::outlet).orElse(null);
			}
		}
		return null;
	}

	/**
	 * A date line among the article's lines or just below them, for a page whose header
	 * gives only a relative time ("2 jam yang lalu").
	 */
	private static @Nullable PublicationDate dateBelow(List<DumpLine> lines, int start, int end) {
		for (int i = start; i < lines.size() && i <= end + FOOTER_WINDOW; i++) {
			DumpLine line = lines.get(i);
			if (line.opensComments()) {
				break;
			}
			if (!line.blank() && !line.paragraph() && line.text().length() < 120) {
				Optional<PublicationDate> date = DateLineParser.parseDateLine(line.text());
				if (date.isPresent()) {
					return date.get();
				}
			}
		}
		return null;
	}

	/**
	 * The run of lines with the most paragraph text, short lines costing a little and a
	 * comment section splitting runs: a maximum-sum subarray.
	 */
	private static int @Nullable [] densestRun(List<DumpLine> lines) {
		long best = 0;
		int bestStart = -1;
		int bestEnd = -1;
		long sum = 0;
		int runStart = -1;
		for (int i = 0; i < lines.size(); i++) {
			DumpLine line = lines.get(i);
			if (line.blank()) {
				continue;
			}
			if (line.opensComments() && best >= COMMENTS_AFTER_ARTICLE) {
				// Comments follow the article; however long, they are not it.
				break;
			}
			long score = runScore(lines, i);
			if (sum <= 0) {
				if (score <= 0) {
					sum = 0;
					continue;
				}
				sum = 0;
				runStart = i;
			}
			sum += score;
			if (sum > best) {
				best = sum;
				bestStart = runStart;
				bestEnd = i;
			}
		}
		return (bestStart < 0) ? null : new int[] { bestStart, bestEnd };
	}

	private static long runScore(List<DumpLine> lines, int i) {
		DumpLine line = lines.get(i);
		if (line.opensComments()) {
			return -COMMENTS_COST;
		}
		if (line.endsSection()) {
			return -SECTION_END_COST;
		}
		if (line.paragraph()) {
			return Math.min(line.words(), 400) - PARAGRAPH_WORDS_FLOOR;
		}
		// Chrome and a subheading between paragraphs belong inside articles; other short
		// lines mostly come in menus and lists.
		boolean subheading = nearestTextIsParagraph(lines, i, 1) && nearestTextIsParagraph(lines, i, -1);
		return (line.boilerplate() || subheading) ? -CHROME_LINE_COST : -SHORT_LINE_COST;
	}

	private static boolean nearestTextIsParagraph(List<DumpLine> lines, int i, int step) {
		for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
			DumpLine next = lines.get(j);
			if (!next.blank() && !next.boilerplate()) {
				return next.paragraph();
			}
		}
		return false;
	}

	private static int findTitle(List<DumpLine> lines, int start) {
		List<Integer> candidates = new ArrayList<>();
		DumpLine opening = lines.get(start);
		if (opening.words() <= 20 && !opening.text().endsWith(".") && isTitleLike(opening)) {
			candidates.add(start);
		}
		for (int i = start - 1; i >= 0 && i >= start - TITLE_WINDOW; i--) {
			DumpLine line = lines.get(i);
			if (isTitleLike(line)) {
				candidates.add(i);
			}
		}
		if (candidates.isEmpty()) {
			return pageTitle(lines, start);
		}
		// The document's first line is often the page title ("Headline - Site"): a
		// candidate it contains is the headline.
		String first = firstLine(lines).toLowerCase(Locale.ROOT);
		for (int i : candidates) {
			if (i != firstIndex(lines) && first.contains(lines.get(i).text().toLowerCase(Locale.ROOT))) {
				return i;
			}
		}
		for (int i : candidates) {
			for (int j : candidates) {
				if (j < i && lines.get(j).text().equals(lines.get(i).text())) {
					return i;
				}
			}
		}
		return candidates.get(0);
	}

	/**
	 * Falls back on the document's first line, which a dump of a whole page starts with
	 * the page title, when it is short and not a paragraph.
	 */
	/** A page title often ends with the site's name: "Headline | India Post". */
	static String withoutSiteSuffix(String title) {
		Matcher m = SITE_SUFFIX.matcher(title);
		return (m.find() && m.start() > title.length() / 3) ? title.substring(0, m.start()).strip() : title;
	}

	private static int pageTitle(List<DumpLine> lines, int start) {
		for (int i = 0; i < start; i++) {
			DumpLine line = lines.get(i);
			if (!line.blank()) {
				boolean usable = !line.paragraph() && !line.boilerplate() && line.words() >= 2
						&& line.words() <= MAX_TITLE_WORDS;
				return usable ? i : -1;
			}
		}
		return -1;
	}

	private static int firstIndex(List<DumpLine> lines) {
		for (int i = 0; i < lines.size(); i++) {
			if (!lines.get(i).blank()) {
				return i;
			}
		}
		return -1;
	}

	private static String firstLine(List<DumpLine> lines) {
		int first = firstIndex(lines);
		return (first < 0) ? "" : lines.get(first).text();
	}

	static boolean isTitleLike(DumpLine line) {
		String text = line.text();
		if (line.words() < 3 || line.words() > MAX_TITLE_WORDS || line.boilerplate() || text.length() > 250) {
			return false;
		}
		char last = text.charAt(text.length() - 1);
		if (".,;:".indexOf(last) >= 0 || BREADCRUMB.matcher(text).matches()
				|| (last == ')' && CAPTION_CREDIT.matcher(text).find()) || CREDIT_LABEL.matcher(text).matches()) {
			return false;
		}
		return DateLineParser.parseDateLine(text).isEmpty() && Bylines.labelled(text).isEmpty()
				&& Bylines.withOutlet(text).isEmpty() && !new CitedSources().acceptCreditLine(text)
				&& !Bylines.isFooter(text);
	}

	private static List<Block> body(List<DumpLine> lines, int start, int end, Header header, CitedSources credits) {
		List<Block> blocks = new ArrayList<>();
		boolean teaserNext = false;
		for (int i = start; i <= end; i++) {
			DumpLine line = lines.get(i);
			if (line.blank()) {
				continue;
			}
			boolean teaser = teaserNext && line.words() <= MAX_TITLE_WORDS;
			teaserNext = BoilerplateLines.announcesTeaser(line.text());
			if (teaser || line.boilerplate() || header.consumed.contains(i) || credits.acceptCreditLine(line.text())
					|| Bylines.isFooter(line.text())) {
				continue;
			}
			if (line.paragraph()) {
				blocks.add(Block.paragraph(line.text()));
			}
			else if (isHeading(lines, i, end, blocks)) {
				blocks.add(Block.heading(line.text()));
			}
			else if (line.endsSentence() && line.words() >= 3 && DateLineParser.parseDateLine(line.text()).isEmpty()) {
				blocks.add(Block.paragraph(line.text()));
			}
		}
		return blocks;
	}

	/** A short unpunctuated line between two paragraphs is a subheading. */
	private static boolean isHeading(List<DumpLine> lines, int i, int end, List<Block> before) {
		DumpLine line = lines.get(i);
		if (line.words() > MAX_HEADING_WORDS || line.text().length() > 120 || line.endsWithStop() || before.isEmpty()
				|| before.get(before.size() - 1).kind() != Block.Kind.PARAGRAPH
				|| DateLineParser.parseDateLine(line.text()).isPresent()) {
			return false;
		}
		for (int j = i + 1; j <= end; j++) {
			DumpLine next = lines.get(j);
			if (!next.blank() && !next.boilerplate()) {
				return next.paragraph();
			}
		}
		return false;
	}

	/** Credit lines often sit just below the last paragraph, outside the article run. */
	private static void creditsBelow(List<DumpLine> lines, int end, CitedSources credits) {
		for (int i = end + 1; i < lines.size() && i <= end + FOOTER_WINDOW; i++) {
			if (lines.get(i).opensComments()) {
				return;
			}
			credits.acceptCreditLine(lines.get(i).text());
		}
	}

	private static @Nullable String footerAuthor(List<DumpLine> lines, int end) {
		for (int i = end + 1; i < lines.size() && i <= end + FOOTER_WINDOW; i++) {
			Optional<String> author = Bylines.footer(lines.get(i).text());
			if (author.isPresent()) {
				return author.get();
			}
		}
		return null;
	}

	/**
	 * What the lines between the title and the article say: author, date, masthead.
	 */
	private static final class Header {

		@Nullable String author;

		@Nullable String outlet;

		@Nullable PublicationDate published;

		final java.util.Set<Integer> consumed = new java.util.HashSet<>();

		static Header read(List<DumpLine> lines, int titleIndex, int start) {
			Header header = new Header();
			int limit = headerEnd(lines, start);
			for (int i = titleIndex + 1; i < limit; i++) {
				DumpLine line = lines.get(i);
				if (line.blank() || line.paragraph() || line.boilerplate()) {
					continue;
				}
				header.read(line, i, i < start);
			}
			if (header.published == null) {
				// Some sites print the date above the headline.
				for (int i = Math.max(0, titleIndex - 4); i < titleIndex; i++) {
					DateLineParser.parseDateLine(lines.get(i).text()).ifPresent((d) -> header.published = d);
				}
			}
			return header;
		}

		private void read(DumpLine line, int index, boolean aboveArticle) {
			String text = line.text();
			Optional<PublicationDate> date = DateLineParser.parseDateLine(text);
			Optional<String> masthead = date.isPresent() ? Optional.empty() : Mastheads.masthead(text);
			if (date.isPresent() || masthead.isPresent()) {
				this.published = (this.published != null) ? this.published : date.orElse(null);
				this.outlet = (this.outlet != null) ? this.outlet : masthead.orElse(null);
				this.consumed.add(index);
				return;
			}
			Optional<Bylines.WithOutlet> signed = Bylines.withOutlet(text);
			if (signed.isPresent()) {
				this.author = (this.author != null) ? this.author : signed.get().author();
				this.outlet = (this.outlet != null) ? this.outlet : signed.get().outlet();
				this.consumed.add(index);
				return;
			}
			Optional<String> byline = Bylines.labelled(text);
			if (byline.isEmpty() && aboveArticle) {
				byline = Bylines.loneName(text);
			}
			if (byline.isPresent() && this.author == null) {
				this.author = byline.get();
				this.consumed.add(index);
			}
		}

		/**
		 * The header reaches past a standfirst to the second paragraph when that is near.
		 */
		private static int headerEnd(List<DumpLine> lines, int start) {
			int first = start;
			while (first < lines.size() && !lines.get(first).paragraph()) {
				first++;
			}
			for (int i = first + 1; i < lines.size() && i <= first + HEADER_GAP; i++) {
				if (lines.get(i).paragraph()) {
					return i;
				}
			}
			return first;
		}

	}

}
