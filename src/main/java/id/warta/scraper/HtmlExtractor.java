package id.warta.scraper;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Extracts an article from an HTML page: metadata from what the page declares, body from
 * its best-scoring content container.
 */
final class HtmlExtractor {

	private final JsonMapper json = JsonMapper.builder().build();

	ExtractedArticle extract(String html, @Nullable URI url) throws ExtractionException {
		Document doc = Jsoup.parse(html, (url != null) ? url.toString() : "");
		HtmlMetadata meta = HtmlMetadata.read(doc, this.json);
		CitedSources credits = new CitedSources();
		List<Block> blocks = (doc.body() != null) ? HtmlBody.extract(doc.body(), credits) : List.of();
		if (meta.title() == null) {
			throw new ExtractionException("no article title found");
		}
		String author = meta.author();
		PublicationDate published = meta.published();
		// A byline or date paragraph above the text belongs to the header, not the body.
		while (!blocks.isEmpty() && blocks.get(0).text().length() < 120) {
			String first = blocks.get(0).text();
			if (first.equalsIgnoreCase(meta.title())) {
				blocks = blocks.subList(1, blocks.size());
				continue;
			}
			Optional<String> byline = Bylines.labelled(first);
			Optional<PublicationDate> date = DateLineParser.parseDateLine(first);
			if (byline.isEmpty() && date.isEmpty()) {
				break;
			}
			author = (author != null) ? author : byline.orElse(null);
			published = (published != null) ? published : date.orElse(null);
			blocks = blocks.subList(1, blocks.size());
		}
		return ArticleAssembler.assemble(meta.title(), meta.outlet(), author, published, blocks, credits);
	}

}
