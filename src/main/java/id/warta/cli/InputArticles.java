package id.warta.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import id.warta.scraper.ArticleExtractor;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.ExtractionException;

import id.warta.scraper.PageLoader;
import id.warta.source.GuardedPages;
import org.jspecify.annotations.Nullable;

/**
 * Reads the inputs of the commands that run the scraper without the server
 * ({@code extract}, {@code stories}): a file, or a page by its {@code http} or
 * {@code https} URL, with the further pages of a multi-page article.
 */
final class InputArticles {

	private final ArticleExtractor extractor = new ArticleExtractor();

	private final long maxBytes;

	private final boolean allowPrivateAddresses;

	private @Nullable GuardedPages fetcher;

	/**
	 * @param maxBytes the largest file or page read
	 * @param allowPrivateAddresses whether pages on loopback and private addresses may be
	 * fetched (a user's own machine)
	 */
	InputArticles(long maxBytes, boolean allowPrivateAddresses) {
		this.maxBytes = maxBytes;
		this.allowPrivateAddresses = allowPrivateAddresses;
	}

	ExtractedArticle extract(String input) throws IOException, ExtractionException {
		String lower = input.toLowerCase(Locale.ROOT);
		if (lower.startsWith("http://") || lower.startsWith("https://")) {
			GuardedPages.Page page = fetcher().fetch(URI.create(input));
			// A multi-page article's further pages come through the same fetcher.
			PageLoader loader = (url) -> {
				GuardedPages.Page next = fetcher().fetch(url);
				return new PageLoader.Loaded(next.body(), next.contentType());
			};
			return this.extractor.extract(page.body(), page.contentType(), page.url(), loader);
		}
		Path path = Path.of(input);
		if (!Files.exists(path)) {
			throw new IOException("no such file");
		}
		if (!Files.isRegularFile(path)) {
			throw new IOException("not a regular file");
		}
		long size = Files.size(path);
		if (size > this.maxBytes) {
			throw new IOException("file too large: " + size + " bytes, limit " + this.maxBytes);
		}
		return this.extractor.extract(Files.readAllBytes(path), null, path.toUri());
	}

	private GuardedPages fetcher() {
		if (this.fetcher == null) {
			this.fetcher = new GuardedPages(this.maxBytes, this.allowPrivateAddresses);
		}
		return this.fetcher;
	}

	/** The reason an input failed, as one line. */
	static String reason(Exception ex) {
		String reason = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		if (ex instanceof RuntimeException) {
			reason = "internal error: " + reason;
		}
		return reason.replaceAll("\\s+", " ").strip();
	}

}
