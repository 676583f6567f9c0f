package id.warta.scraper;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Extracts an article from an HTML page: metadata from what the page states, body from
 * its best-scoring content container; with a {@link PageLoader}, the pages its pager
 * leads to (at most {@value #MAX_PAGES} in all) are read and joined.
 */
final class HtmlExtractor {

	static final int MAX_PAGES = 10;

	private static final int TITLE_WORDS = 12;

	/** An undeclared page whose body holds this many teaser headlines is an index. */
	private static final int INDEX_TEASERS = 3;

	private final JsonMapper json = JsonMapper.builder().build();

	ExtractedArticle extract(byte[] content, TextDecoder.Encoding encoding, @Nullable URI url, PageLoader loader)
			throws ExtractionException {
		Document doc = encoding.parseHtml(content, (url != null) ? url.toString() : "");
		URI next = (url != null && loader != PageLoader.NONE) ? Pagers.nextPage(doc, url) : null;
		PageStatements statements = PageStatements.readHead(doc);
		CitedSources credits = new CitedSources();
		BlockPlaces places = new BlockPlaces();
		HtmlBody.Body body = HtmlBody.extract(doc.body(), credits, statements, places);
		HtmlMetadata meta = HtmlMetadata.read(statements, this.json, url);
		if (!meta.declaredArticle() && body.teaserHeadings() >= INDEX_TEASERS) {
			throw new ExtractionException("no article found");
		}
		List<Block> blocks = new ArrayList<>(
				(meta.articleBody() != null) ? DeclaredBody.check(body.blocks(), meta.articleBody()) : body.blocks());
		int pages = 1;
		Set<URI> seen = new HashSet<>();
		seen.add(url);
		while (next != null && pages < MAX_PAGES && seen.add(next)) {
			Document following;
			try {
				PageLoader.Loaded loaded = loader.load(next);
				following = TextDecoder.detect(loaded.content(), loaded.contentType())
					.parseHtml(loaded.content(), next.toString());
			}
			catch (IOException ex) {
				// The pages read so far are the article as far as it can be had.
				break;
			}
			URI after = Pagers.nextPage(following, next);
			blocks.addAll(HtmlBody.extract(following.body(), credits, null, places).blocks());
			pages++;
			next = after;
		}
		ExtractedArticle article = assemble(meta, blocks, places, credits, body.footerAuthor());
		return (pages > 1) ? article.withPages(pages) : article;
	}

	/**
	 * A headline for a page that states none: its first subheading, else the start of its
	 * first paragraph, up to {@value #TITLE_WORDS} words.
	 */
	static String titleFromText(List<Block> blocks) throws ExtractionException {
		for (Block block : blocks) {
			if (block.kind() == Block.Kind.HEADING) {
				return block.text();
			}
		}
		if (blocks.isEmpty()) {
			throw new ExtractionException("no article found");
		}
		String text = blocks.get(0).text();
		int end = text.length();
		for (int i = 0, words = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c == '.' || c == '?' || c == '!') && i > 0 && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
				end = i + 1;
				break;
			}
			if (c == ' ' && ++words == TITLE_WORDS) {
				return text.substring(0, i) + "…";
			}
		}
		return text.substring(0, end);
	}

	private static ExtractedArticle assemble(HtmlMetadata meta, List<Block> blocks, BlockPlaces places,
			CitedSources credits, @Nullable String footerAuthor) throws ExtractionException {
		String title = (meta.title() != null) ? meta.title() : titleFromText(blocks);
		String author = (meta.author() != null) ? meta.author() : footerAuthor;
		PublicationDate published = meta.published();
		// A byline or date paragraph above the text belongs to the header, not the body
		// (the last line is the text itself).
		int start = 0;
		while (start < blocks.size() - 1 && blocks.get(start).text().length() < 120) {
			String first = blocks.get(start).text();
			if (!first.equalsIgnoreCase(title)) {
				Optional<String> byline = Bylines.labelled(first);
				Optional<PublicationDate> date = DateLineParser.parseDateLine(first);
				if (byline.isEmpty() && date.isEmpty()) {
					break;
				}
				author = (author != null) ? author : byline.orElse(null);
				published = (published != null) ? published : date.orElse(null);
			}
			start++;
		}
		return ArticleAssembler.assemble(title, meta.outlet(), author, published, blocks.subList(start, blocks.size()),
				places, credits);
	}

}
