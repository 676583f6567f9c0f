package id.warta.source;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.warta.article.ArticleImporter;
import id.warta.article.ImportResult;
import id.warta.article.ImportResult.Status;
import id.warta.scraper.ArticleExtractor;
import id.warta.scraper.Block;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.ExtractionException;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns one fetched page into a stored article, or into a copy of one: extract, fold AMP
 * and mobile variants into the page's canonical address, find the stored article it is a
 * near-copy of, and otherwise store it with its signature in one transaction.
 * Thread-safe: extraction runs in parallel, the lookup and store of copies one at a time.
 */
@Component
class PageIngest {

	private static final Pattern CANONICAL = Pattern.compile(
			"<link\\b[^>]*\\brel\\s*=\\s*[\"']?canonical\\b[^>]*>|<link\\b[^>]*\\bhref\\s*=[^>]*\\brel\\s*=\\s*[\"']?canonical\\b[^>]*>",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern HREF = Pattern.compile("\\bhref\\s*=\\s*[\"']?([^\"'\\s>]+)",
			Pattern.CASE_INSENSITIVE);

	private final ArticleExtractor extractor = new ArticleExtractor();

	private final ArticleImporter importer;

	private final ArticleSignatureRepository signatures;

	private final TransactionTemplate transactions;

	private final EntityManager entityManager;

	private final double threshold;

	private final Object storeLock = new Object();

	// Loaded on first use, under storeLock.
	private @Nullable NearDuplicates index;

	PageIngest(ArticleImporter importer, ArticleSignatureRepository signatures, TransactionTemplate transactions,
			EntityManager entityManager, SourceSettings settings) {
		this.importer = importer;
		this.entityManager = entityManager;
		this.signatures = signatures;
		this.transactions = transactions;
		this.threshold = settings.nearDuplicateSimilarity();
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
		catch (ExtractionException | RuntimeException ex) {
			return new ImportResult(canonical, Status.FAILED, null, "no article: " + ex.getMessage());
		}
		int[] signature = MinHash.of(text(article));
		synchronized (this.storeLock) {
			NearDuplicates copies = index();
			OptionalLong original = copies.find(signature);
			if (original.isPresent()) {
				String outlet = (article.outlet() != null) ? article.outlet() : URI.create(canonical).getHost();
				this.importer.recordCopy(original.getAsLong(), canonical, outlet);
				return new ImportResult(canonical, Status.DUPLICATE, original.getAsLong(),
						"a copy of article " + original.getAsLong());
			}
			ImportResult result;
			try {
				result = this.transactions.execute((status) -> store(canonical, article, signature));
			}
			catch (TransactionException ex) {
				return new ImportResult(canonical, Status.FAILED, null, "not stored: " + ex.getMessage());
			}
			if (result != null && result.status() == Status.IMPORTED && signature != null
					&& result.articleId() != null) {
				copies.add(result.articleId(), signature);
			}
			return (result != null) ? result : new ImportResult(canonical, Status.FAILED, null, "not stored");
		}
	}

	private ImportResult store(String url, ExtractedArticle article, int @Nullable [] signature) {
		// The article is searchable when this returns (read-sync refreshes the reader),
		// but
		// the index is not forced to disk on every article: Lucene commits once a second
		// (commit_interval), and the index is rebuilt from the database at start when it
		// falls short. Forcing a commit (write-sync, sync) made ingest wait on an fsync
		// per
		// article.
		Search.session(this.entityManager)
			.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.readSync());
		ImportResult result = this.importer.importPage(url, article);
		if (result.status() == Status.IMPORTED && signature != null && result.articleId() != null) {
			// persist, not save: the id is given, and save would first look for the row.
			this.entityManager.persist(new ArticleSignature(result.articleId(), MinHash.encode(signature)));
		}
		return result;
	}

	private NearDuplicates index() {
		if (this.index == null) {
			NearDuplicates loaded = new NearDuplicates(this.threshold);
			for (ArticleSignature stored : this.signatures.findAll()) {
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

	private static String text(ExtractedArticle article) {
		StringBuilder text = new StringBuilder(article.title());
		List<Block> body = article.body();
		for (Block block : body) {
			text.append('\n').append(block.text());
		}
		return text.toString();
	}

}
