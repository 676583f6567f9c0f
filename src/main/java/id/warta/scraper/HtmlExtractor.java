package id.warta.scraper;

import java.net.URI;
import java.util.List;

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
		List<Block> blocks = HtmlBody.extract(doc);
		if (meta.title() == null) {
			throw new ExtractionException("no article title found");
		}
		return ArticleAssembler.assemble(meta.title(), meta.outlet(), meta.author(), meta.published(), blocks,
				new CitedSources());
	}

}
