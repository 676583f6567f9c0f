package id.warta.source;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.warta.article.ArticleImporter;
import id.warta.article.ArticleStored;
import id.warta.article.ImportResult;
import id.warta.article.ImportResult.Status;
import id.warta.article.IncomingArticle;
import id.warta.scraper.ArticleExtractor;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.ExtractionException;
import jakarta.persistence.EntityManager;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;

/**
 * Turns fetched pages into stored articles, or into copies of stored ones: extract, fold
 * AMP and mobile variants into the page's canonical address, find the stored article a
 * page is a near-copy of, and otherwise store it with its signature.
 * <p>
 * Thread-safe. Extraction runs in the calling threads, in parallel; the lookup of copies
 * and the storing run one batch at a time (flat combining): each caller queues its page
 * and takes the store lock, and whoever holds it stores every page queued so far in one
 * transaction. While one batch is stored, the next one gathers, so batches grow with load
 * and a quiet crawler still stores each page at once.
 */
@Component
class PageIngest {

	private static final Logger logger = LoggerFactory.getLogger(PageIngest.class);

	private static final Pattern CANONICAL = Pattern.compile(
			"<link\\b[^>]*\\brel\\s*=\\s*[\"']?canonical\\b[^>]*>|<link\\b[^>]*\\bhref\\s*=[^>]*\\brel\\s*=\\s*[\"']?canonical\\b[^>]*>",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern HREF = Pattern.compile("\\bhref\\s*=\\s*[\"']?([^\"'\\s>]+)",
			Pattern.CASE_INSENSITIVE);

	/** The most pages stored in one transaction. */
	static final int MAX_BATCH = 100;

	private final Extraction extractor;

	private final ArticleImporter importer;

	private final ArticleSignatureRepository signatures;

	private final EntityManager entityManager;

	private final double threshold;

	private final int memory;

	private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();

	private final ReentrantLock storeLock = new ReentrantLock();

	// Signatures of the pages being stored, by source, for the ArticleStored listener.
	private final Map<String, int[]> storing = new ConcurrentHashMap<>();

	// Loaded on first use, under storeLock.
	private @Nullable NearDuplicates index;

	@Autowired
	PageIngest(ArticleImporter importer, ArticleSignatureRepository signatures, EntityManager entityManager,
			SourceSettings settings) {
		this(importer, signatures, entityManager, settings, new ArticleExtractor()::extract);
	}

	/**
	 * An ingest with the given extraction, such as one that fails as a bug would.
	 */
	PageIngest(ArticleImporter importer, ArticleSignatureRepository signatures, EntityManager entityManager,
			SourceSettings settings, Extraction extractor) {
		this.extractor = extractor;
		this.importer = importer;
		this.entityManager = entityManager;
		this.signatures = signatures;
		this.threshold = settings.nearDuplicateSimilarity();
		this.memory = Math.max(1, settings.nearDuplicateMemory());
	}

	/**
	 * How a page becomes an article:
	 * {@link ArticleExtractor#extract(byte[], String, URI)}.
	 */
	@FunctionalInterface
	interface Extraction {

		ExtractedArticle extract(byte[] content, @Nullable String contentType, URI url) throws ExtractionException;

	}

	/**
	 * Stores a fetched page. Never throws: failures come back as a result.
	 */
	ImportResult ingest(FetchedPage page) {
		String canonical = canonicalUrl(page);
		if (!canonical.equals(CanonicalUrl.of(page.url().toString())) && this.importer.isKnownUrl(canonical)) {
			return new ImportResult(canonical, Status.DUPLICATE, null, "already stored as " + canonical);
		}
		ExtractedArticle article;
		try {
			article = this.extractor.extract(page.body(), page.contentType(), URI.create(canonical));
		}
		catch (ExtractionException ex) {
			return new ImportResult(canonical, Status.FAILED, null, "no article: " + ex.getMessage());
		}
		catch (RuntimeException ex) {
			logger.warn("Could not extract {}", canonical, ex);
			return new ImportResult(canonical, Status.FAILED, null, "extraction failed: " + ex);
		}
		Pending pending = new Pending(canonical, article, MinHash.of(article.text()));
		this.queue.add(pending);
		this.storeLock.lock();
		try {
			ImportResult result = pending.result;
			while (result == null) {
				storeQueued();
				result = pending.result;
			}
			return result;
		}
		finally {
			this.storeLock.unlock();
		}
	}

	/**
	 * Stores what is queued, up to {@link #MAX_BATCH} pages: copies of stored articles
	 * (or of an earlier page of the batch) are recorded as such, the others stored in one
	 * transaction. Called with the store lock held.
	 */
	private void storeQueued() {
		NearDuplicates stored = index();
		NearDuplicates batchCopies = new NearDuplicates(this.threshold);
		List<Pending> batch = new ArrayList<>();
		List<Pending> fresh = new ArrayList<>();
		for (Pending next = this.queue.poll(); next != null; next = (batch.size() < MAX_BATCH) ? this.queue.poll()
				: null) {
			batch.add(next);
			// Checked again under the lock: another source, or this one, may have stored
			// the address since the crawler looked, and a page is no copy of itself.
			if (this.importer.isKnownUrl(next.url)) {
				next.result = new ImportResult(next.url, Status.DUPLICATE, null, "already stored as " + next.url);
				continue;
			}
			OptionalLong original = stored.find(next.signature);
			if (original.isPresent()) {
				next.originalId = original.getAsLong();
				continue;
			}
			OptionalLong earlier = batchCopies.find(next.signature);
			if (earlier.isPresent()) {
				next.originalInBatch = fresh.get((int) earlier.getAsLong());
				continue;
			}
			if (next.signature != null) {
				batchCopies.add(fresh.size(), next.signature);
				this.storing.put(next.url, next.signature);
			}
			fresh.add(next);
		}
		try {
			List<ImportResult> results = this.importer.importPages(
					fresh.stream().map((pending) -> new IncomingArticle(pending.url, pending.article)).toList());
			for (int i = 0; i < fresh.size(); i++) {
				Pending pending = fresh.get(i);
				pending.result = results.get(i);
				Long id = pending.result.articleId();
				if (pending.result.status() == Status.IMPORTED && id != null && pending.signature != null) {
					stored.add(id, pending.signature);
				}
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Could not store a batch of {} pages", fresh.size(), ex);
			fresh.forEach((pending) -> pending.result = new ImportResult(pending.url, Status.FAILED, null,
					"not stored: " + ex.getMessage()));
		}
		finally {
			fresh.forEach((pending) -> this.storing.remove(pending.url));
		}
		for (Pending pending : batch) {
			if (pending.result == null) {
				pending.result = recordCopy(pending);
			}
		}
	}

	/**
	 * Records a copy, or queues it to be stored itself (and returns null) when the page
	 * of the batch that it copies was not stored after all.
	 */
	private @Nullable ImportResult recordCopy(Pending copy) {
		Long originalId = copy.originalId;
		if (originalId == null && copy.originalInBatch != null) {
			ImportResult original = copy.originalInBatch.result;
			originalId = (original != null && original.status() == Status.IMPORTED) ? original.articleId() : null;
		}
		if (originalId == null) {
			copy.originalInBatch = null;
			this.queue.add(copy);
			return null;
		}
		String outlet = (copy.article.outlet() != null) ? copy.article.outlet() : URI.create(copy.url).getHost();
		try {
			this.importer.recordCopy(originalId, copy.url, outlet);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not record {} as a copy of article {}", copy.url, originalId, ex);
			return new ImportResult(copy.url, Status.FAILED, null, "copy not recorded: " + ex.getMessage());
		}
		return new ImportResult(copy.url, Status.DUPLICATE, originalId, "a copy of article " + originalId);
	}

	/**
	 * Stores the signature of a page stored by this ingest, in the article's transaction.
	 */
	@EventListener
	void stored(ArticleStored event) {
		int[] signature = this.storing.get(event.source());
		if (signature != null) {
			// persist, not save: the id is given, and save would first look for the row.
			this.entityManager.persist(new ArticleSignature(event.id(), MinHash.encode(signature)));
		}
	}

	private NearDuplicates index() {
		if (this.index == null) {
			NearDuplicates loaded = new NearDuplicates(this.threshold, this.memory);
			List<ArticleSignature> newest = new ArrayList<>(
					this.signatures.findByOrderByArticleIdDesc(PageRequest.of(0, this.memory)));
			Collections.reverse(newest);
			for (ArticleSignature stored : newest) {
				loaded.add(stored.getArticleId(), MinHash.decode(stored.getMinhash()));
			}
			this.index = loaded;
		}
		return this.index;
	}

	/**
	 * The page's canonical address. Read with a pattern from the head rather than a
	 * second HTML parse: the extractor parses the page once already.
	 */
	static String canonicalUrl(FetchedPage page) {
		byte[] body = page.body();
		String head = new String(body, 0, Math.min(body.length, 65536), StandardCharsets.ISO_8859_1);
		int end = head.toLowerCase(Locale.ROOT).indexOf("</head");
		Matcher link = CANONICAL.matcher((end > 0) ? head.substring(0, end) : head);
		String fetched = page.url().toString();
		String own = CanonicalUrl.of(fetched);
		if (link.find()) {
			Matcher href = HREF.matcher(link.group());
			if (href.find() && own != null) {
				String declared = declared(page.url(), href.group(1));
				// A page may only speak for its own site (its mobile and AMP hosts
				// included).
				if (declared != null && CanonicalUrl.siteOf(declared).equals(CanonicalUrl.siteOf(own))) {
					return declared;
				}
			}
		}
		return (own != null) ? own : fetched;
	}

	private static @Nullable String declared(URI page, String href) {
		try {
			return CanonicalUrl.of(page.resolve(Parser.unescapeEntities(href, true)).toString());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * A page waiting to be stored, and then what became of it.
	 */
	private static final class Pending {

		final String url;

		final ExtractedArticle article;

		final int @Nullable [] signature;

		// Set under the store lock, read by the page's thread after taking the lock.
		@Nullable ImportResult result;

		@Nullable Long originalId;

		@Nullable Pending originalInBatch;

		Pending(String url, ExtractedArticle article, int @Nullable [] signature) {
			this.url = url;
			this.article = article;
			this.signature = signature;
		}

	}

}
