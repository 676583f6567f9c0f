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
		return extract(content, contentType, url, PageLoader.NONE);
	}

	/**
	 * Extracts the article from a page, following its pager to the article's further
	 * pages (at most ten in all) with the loader; {@link ExtractedArticle#pages()} tells
	 * how many were joined.
	 * @param content the raw bytes of the first page
	 * @param contentType the HTTP {@code Content-Type} header, if any (for its charset)
	 * @param url where the content came from
	 * @param loader loads the further pages
	 * @return the article
	 * @throws ExtractionException when the content is empty, binary, undecodable or holds
	 * no article
	 */
	public ExtractedArticle extract(byte[] content, @Nullable String contentType, @Nullable URI url, PageLoader loader)
			throws ExtractionException {
		ContentSniffer.refuseUnreadable(content);
		TextDecoder.Encoding encoding = TextDecoder.detect(content, contentType);
		// Most pages say they are HTML in their first bytes; only the others are sampled
		// further.
		boolean html = ContentSniffer.isHtml(encoding.decodeHead(content, 16_384)) || (content.length > 16_384
				&& ContentSniffer.isHtml(encoding.decodeHead(content, ContentSniffer.SAMPLE_BYTES)));
		if (html) {
			return this.html.extract(content, encoding, url, loader);
		}
		return TextDumpExtractor.extract(encoding.decode(content));
	}

}
