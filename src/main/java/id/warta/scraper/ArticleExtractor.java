package id.warta.scraper;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * Turns the bytes of a page (HTML) or of a text dump copied from a rendered page into an
 * article. Stateless and thread-safe.
 */
public final class ArticleExtractor {

	private final HtmlExtractor html = new HtmlExtractor();

	/**
	 * Extracts the article from a page or text dump.
	 * @param content the raw bytes as read from the file or the network
	 * @param contentType the HTTP {@code Content-Type} header, if any (for its charset)
	 * @param url where the content came from, if known (file or web)
	 * @return the article
	 * @throws ExtractionException when the content is empty, binary, undecodable or holds
	 * no article
	 */
	public ExtractedArticle extract(byte[] content, @Nullable String contentType, @Nullable URI url)
			throws ExtractionException {
		ContentSniffer.refuseUnreadable(content);
		String text = TextDecoder.decode(content, contentType);
		if (ContentSniffer.isHtml(text)) {
			return this.html.extract(text, url);
		}
		return TextDumpExtractor.extract(text);
	}

}
