package id.warta.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import id.warta.scraper.ArticleExtractor;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.ExtractionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports files into the reader: read, extract, store. Each file is one transaction; a
 * file that fails is logged with its reason and skipped, and nothing stored before is
 * touched.
 */
@Service
public class ArticleImporter {

	private static final Logger logger = LoggerFactory.getLogger(ArticleImporter.class);

	private final ArticleExtractor extractor = new ArticleExtractor();

	private final ArticleStore store;

	private final ImportSettings settings;

	private final ArticleRepository articles;

	private final ArticleCopyRepository copies;

	private final Clock clock;

	ArticleImporter(ArticleStore store, ImportSettings settings, ArticleRepository articles,
			ArticleCopyRepository copies, Clock clock) {
		this.store = store;
		this.settings = settings;
		this.articles = articles;
		this.copies = copies;
		this.clock = clock;
	}

	/**
	 * Imports every regular, non-hidden file of a folder, in name order.
	 * @throws UncheckedIOException when the folder cannot be listed
	 */
	public List<ImportResult> importFolder(Path folder) {
		List<Path> files;
		try (Stream<Path> entries = Files.list(folder)) {
			files = entries.filter(Files::isRegularFile)
				.filter((file) -> !file.getFileName().toString().startsWith("."))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + folder, ex);
		}
		return files.stream().map(this::importFile).toList();
	}

	/**
	 * Imports one file. Never throws: failures come back as a result with their reason.
	 */
	public ImportResult importFile(Path file) {
		String source = file.toString();
		ImportResult result;
		try {
			result = storeOnce(source, extract(file));
		}
		catch (ExtractionException ex) {
			result = ImportResult.failed(source, ex.getMessage());
		}
		log(result);
		return result;
	}

	/**
	 * Imports an article that was extracted elsewhere (a generator) in one transaction,
	 * as a file's import would store it, without a log line for each. Never throws for a
	 * duplicate.
	 * @param source the URL or name it came from
	 */
	public ImportResult importExtracted(String source, ExtractedArticle extracted) {
		return storeOnce(source, extracted);
	}

	/**
	 * Imports articles extracted elsewhere in one transaction, without a log line for
	 * each: much cheaper per article than one transaction each. If the batch cannot be
	 * stored as a whole (another import stored one of its articles meanwhile), each
	 * article is stored on its own. Never throws for a duplicate.
	 * @return one result per article, in the batch's order
	 */
	public List<ImportResult> importAll(List<IncomingArticle> batch) {
		if (batch.isEmpty()) {
			return List.of();
		}
		try {
			return this.store.storeAll(batch);
		}
		catch (DataIntegrityViolationException ex) {
			this.store.forgetOutlets();
			return batch.stream().map((incoming) -> storeOnce(incoming.source(), incoming.article())).toList();
		}
	}

	/**
	 * Imports articles already extracted from web pages as {@link #importAll} does, with
	 * a log line for each.
	 */
	public List<ImportResult> importPages(List<IncomingArticle> batch) {
		List<ImportResult> results = importAll(batch);
		results.forEach(ArticleImporter::log);
		return results;
	}

	/**
	 * Whether a page is already stored, as an article or as another site's copy of one.
	 * @param url the page's canonical address
	 */
	public boolean isKnownUrl(String url) {
		return this.articles.existsBySource(url) || this.copies.existsByUrl(url);
	}

	/**
	 * Records that another site published a stored article, so that its page lists the
	 * copy instead of the reader seeing the story twice.
	 * @param articleId the stored article
	 * @param url the copy's canonical address
	 * @param outlet the site that published the copy, if known
	 */
	@Transactional
	public void recordCopy(long articleId, String url, @Nullable String outlet) {
		if (!this.copies.existsByArticleIdAndUrl(articleId, url)) {
			String name = (outlet != null && outlet.length() > 200) ? outlet.substring(0, 200) : outlet;
			this.copies.save(new ArticleCopy(articleId, url, name, this.clock.instant()));
			logger.info("Folded {} into article {} as a copy", url, articleId);
		}
	}

	/**
	 * Reads the given articles' text again with today's rules (entities, agencies,
	 * quotes) and places each in a story again, in id order, in one transaction.
	 */
	@Transactional
	public void redescribe(List<Long> ids) {
		List<Article> found = new ArrayList<>(this.articles.findWithBodyByIdIn(ids));
		found.sort(Comparator.comparing(Article::getId));
		found.forEach(this.store::redescribe);
	}

	/**
	 * Takes every article out of its story, for {@code restory}: the story module then
	 * places them all again.
	 */
	@Transactional
	public int forgetStories() {
		return this.articles.forgetStories();
	}

	private ImportResult storeOnce(String source, ExtractedArticle article) {
		try {
			return this.store.store(source, article);
		}
		catch (DataIntegrityViolationException ex) {
			if (this.articles.existsByContentHash(ArticleStore.contentHash(article))) {
				// Another import stored the same content between our check and our
				// insert.
				return ImportResult.duplicate(source, article.title());
			}
			logger.warn("Could not store {}", source, ex);
			return ImportResult.failed(source, "not stored: " + rootCause(ex));
		}
		catch (RuntimeException ex) {
			logger.warn("Could not store {}", source, ex);
			return ImportResult.failed(source, "not stored: " + rootCause(ex));
		}
	}

	/**
	 * The innermost cause's message: what the database or the code really objected to.
	 */
	static String rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
		message = message.replaceAll("\\s+", " ").strip();
		return (message.length() > 300) ? message.substring(0, 300) + "…" : message;
	}

	private ExtractedArticle extract(Path file) throws ExtractionException {
		long limit = this.settings.maxFileSize().toBytes();
		try {
			if (!Files.isRegularFile(file)) {
				throw new ExtractionException("not a readable file");
			}
			long size = Files.size(file);
			if (size > limit) {
				throw new ExtractionException("file is %s, above the limit of %s (warta.max-file-size)"
					.formatted(humanSize(size), humanSize(limit)));
			}
			return this.extractor.extract(Files.readAllBytes(file), null, file.toUri());
		}
		catch (IOException ex) {
			throw new ExtractionException("cannot read file: " + ex.getMessage(), ex);
		}
	}

	private static String humanSize(long bytes) {
		return (bytes >= 1024 * 1024) ? "%.1f MB".formatted(bytes / (1024.0 * 1024.0))
				: "%d KB".formatted(Math.max(1, bytes / 1024));
	}

	private static void log(ImportResult result) {
		// As one line each, whatever the source and the page's title hold.
		String source = ArticleStore.line(result.source());
		String message = ArticleStore.line(result.message());
		switch (result.status()) {
			case IMPORTED -> logger.info("Imported {} as article {}: {}", source, result.articleId(), message);
			case DUPLICATE -> logger.info("Skipped {}: the same article is already stored ({})", source, message);
			case FAILED -> logger.warn("Could not import {}: {}", source, message);
		}
	}

}
