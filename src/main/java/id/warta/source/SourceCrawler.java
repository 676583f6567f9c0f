package id.warta.source;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;

import id.warta.article.ArticleImporter;
import id.warta.article.ImportResult;
import id.warta.article.ImportResult.Status;
import id.warta.scraper.ArticleExtractor;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.ExtractionException;
import id.warta.source.FetchException.Kind;
import id.warta.source.FetchLogEntry.Outcome;
import id.warta.source.FetchedPage.Validators;
import id.warta.source.SourceDocument.Format;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a source once: reads its address (conditionally, for feeds and sitemaps), finds
 * the article links in it, skips those already stored, fetches the rest one by one
 * (politeness is the fetcher's) and hands each page to {@link PageIngest} on the ingest
 * threads, so that fetching the next page and storing the last one overlap.
 */
@Component
class SourceCrawler {

	private static final Logger logger = LoggerFactory.getLogger(SourceCrawler.class);

	private static final int MAX_SITEMAPS = 50;

	/** A page with fewer article words than this and many article links is a section. */
	private static final int ARTICLE_MIN_WORDS = 120;

	private final PoliteFetcher fetcher;

	private final PageIngest ingest;

	private final ArticleImporter importer;

	private final FetchLogRepository log;

	private final ExecutorService ingestThreads;

	private final SourceSettings settings;

	private final Clock clock;

	SourceCrawler(PoliteFetcher fetcher, PageIngest ingest, ArticleImporter importer, FetchLogRepository log,
			IngestThreads ingestThreads, SourceSettings settings, Clock clock) {
		this.fetcher = fetcher;
		this.ingest = ingest;
		this.importer = importer;
		this.log = log;
		this.ingestThreads = ingestThreads.executor();
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Runs a crawl. Never throws: a failure of the whole run is the report's error.
	 * @param stopping asked between pages: a run stops early, cleanly, when it says yes
	 */
	CrawlReport crawl(CrawlTarget target, CrawlProgress progress, BooleanSupplier stopping) {
		Run run = new Run(target, progress, stopping);
		try {
			return run.execute();
		}
		catch (RuntimeException ex) {
			// Such as a section's URL pattern that is no regular expression: the run
			// fails
			// and the source backs off, instead of being retried at every tick.
			logger.warn("Crawl of {} failed", target.url(), ex);
			return run.report(target.kind(), target.url(), new IllegalStateException("internal error: " + ex, ex),
					target.validators());
		}
		finally {
			run.flushLog();
		}
	}

	/**
	 * Abandons the fetches of every crawl going on, which then fail as cancelled; their
	 * threads, if interrupted, then stop.
	 */
	void abandonFetches() {
		this.fetcher.cancelAll();
	}

	/**
	 * What to crawl.
	 *
	 * @param sourceId the source whose fetch log gets the lines, if any
	 * @param url the address
	 * @param kind what it holds, or {@code null} to find out
	 * @param urlPattern for a section page, the pattern of its article addresses, if
	 * given
	 * @param validators from the last run, for a conditional GET
	 */
	record CrawlTarget(@Nullable Long sourceId, String url, @Nullable SourceKind kind, @Nullable String urlPattern,
			Validators validators) {
	}

	private final class Run {

		private final CrawlTarget target;

		private final CrawlProgress progress;

		private final BooleanSupplier stopping;

		private final List<FetchLogEntry> lines = new ArrayList<>();

		private int fresh;

		private int duplicates;

		private int failed;

		private int known;

		Run(CrawlTarget target, CrawlProgress progress, BooleanSupplier stopping) {
			this.target = target;
			this.progress = progress;
			this.stopping = stopping;
		}

		CrawlReport execute() {
			SourceKind kind = this.target.kind();
			String url = this.target.url();
			FetchedPage root;
			try {
				boolean conditional = kind == SourceKind.FEED || kind == SourceKind.SITEMAP;
				root = SourceCrawler.this.fetcher.fetch(URI.create(url),
						conditional ? this.target.validators() : Validators.NONE);
			}
			catch (FetchException | IllegalArgumentException ex) {
				logLine(url, (ex instanceof FetchException fetch) ? fetch.status() : 0, Outcome.FAILED,
						FetchReason.of(ex), ex.getMessage());
				return report(kind, url, ex, this.target.validators());
			}
			if (root.notModified()) {
				logLine(url, 304, Outcome.UNCHANGED, FetchReason.NOT_MODIFIED, "");
				return report(kind, url, null, root.validators());
			}
			try {
				if (kind == null || kind == SourceKind.ARTICLE) {
					Classified classified = classify(root, kind);
					kind = classified.kind();
					if (kind == SourceKind.ARTICLE) {
						ingestAll(List.of(), root);
						return report(kind, url, null, root.validators());
					}
					if (classified.feedUrl() != null) {
						url = classified.feedUrl();
						logLine(root.url().toString(), root.status(), Outcome.LISTED, FetchReason.FEED_FOUND, url);
						root = SourceCrawler.this.fetcher.fetch(URI.create(url), Validators.NONE);
					}
				}
				List<String> links = links(kind, root);
				logLine(root.url().toString(), root.status(), Outcome.LISTED, FetchReason.LINKS,
						String.valueOf(links.size()));
				ingestAll(links, null);
				return report(kind, url, null, root.validators());
			}
			catch (IOException ex) {
				logLine(url, (ex instanceof FetchException fetch) ? fetch.status() : 0, Outcome.FAILED,
						FetchReason.of(ex), ex.getMessage());
				return report(kind, url, ex, this.target.validators());
			}
		}

		private Classified classify(FetchedPage root, @Nullable SourceKind given) {
			Format format = SourceDocument.sniff(root.body(), root.contentType());
			if (format == Format.FEED) {
				return new Classified(SourceKind.FEED, null);
			}
			if (format == Format.SITEMAP) {
				return new Classified(SourceKind.SITEMAP, null);
			}
			if (given == SourceKind.ARTICLE) {
				return new Classified(SourceKind.ARTICLE, null);
			}
			Document page = SourceDocument.html(root.body(), root.contentType(), root.url().toString());
			String feed = SourceDocument.discoveredFeed(page);
			String path = root.url().getPath();
			boolean homePage = path == null || path.isEmpty() || path.equals("/");
			if (homePage && feed != null) {
				return new Classified(SourceKind.FEED, feed);
			}
			int articleLinks = SourceDocument.sectionLinks(page, this.target.urlPattern()).size();
			int words = articleWords(root);
			if (words >= ARTICLE_MIN_WORDS && (articleLinks < 10 || words >= 400)) {
				return new Classified(SourceKind.ARTICLE, null);
			}
			if (feed != null && articleLinks == 0) {
				return new Classified(SourceKind.FEED, feed);
			}
			return new Classified(SourceKind.SECTION, null);
		}

		private int articleWords(FetchedPage page) {
			try {
				ExtractedArticle article = new ArticleExtractor().extract(page.body(), page.contentType(), page.url());
				return article.wordCount();
			}
			catch (ExtractionException ex) {
				// No article on the page: a section or a feed.
				return 0;
			}
			catch (RuntimeException ex) {
				logger.warn("Could not read {} as an article; taken for a section", page.url(), ex);
				return 0;
			}
		}

		private List<String> links(SourceKind kind, FetchedPage root) throws IOException {
			List<String> links = switch (kind) {
				case FEED -> SourceDocument.feedLinks(root.body(), root.url().toString());
				case SITEMAP -> sitemapLinks(root);
				case SECTION -> SourceDocument.sectionLinks(
						SourceDocument.html(root.body(), root.contentType(), root.url().toString()),
						this.target.urlPattern());
				case ARTICLE -> List.of(root.url().toString());
			};
			Set<String> canonical = new LinkedHashSet<>();
			for (String link : links) {
				String url = CanonicalUrl.of(link);
				if (url != null) {
					canonical.add(url);
				}
			}
			return canonical.stream().limit(SourceCrawler.this.settings.maxArticlesPerRun()).toList();
		}

		private List<String> sitemapLinks(FetchedPage root) throws IOException {
			List<String> pages = new ArrayList<>();
			Deque<String> children = new ArrayDeque<>();
			Set<String> seen = new LinkedHashSet<>();
			SourceDocument.Sitemap sitemap = SourceDocument.sitemap(root.body(), root.url().toString());
			pages.addAll(sitemap.pages());
			children.addAll(sitemap.children());
			while (!children.isEmpty() && seen.size() < MAX_SITEMAPS && !this.stopping.getAsBoolean()) {
				String child = children.poll();
				if (!seen.add(child)) {
					continue;
				}
				try {
					FetchedPage page = SourceCrawler.this.fetcher.fetch(URI.create(child), Validators.NONE);
					SourceDocument.Sitemap nested = SourceDocument.sitemap(page.body(), page.url().toString());
					logLine(child, page.status(), Outcome.LISTED, FetchReason.LINKS,
							String.valueOf(nested.pages().size()));
					pages.addAll(nested.pages());
					children.addAll(nested.children());
				}
				catch (IOException | IllegalArgumentException ex) {
					logLine(child, (ex instanceof FetchException fetch) ? fetch.status() : 0, Outcome.FAILED,
							FetchReason.of(ex), ex.getMessage());
				}
			}
			return pages;
		}

		/**
		 * Fetches and stores the links, or stores the page already fetched.
		 */
		private void ingestAll(List<String> links, @Nullable FetchedPage page) throws FetchException {
			List<CompletableFuture<Void>> pending = new ArrayList<>();
			if (page != null) {
				this.progress.found(1);
				pending.add(submit(page));
			}
			List<String> todo = new ArrayList<>();
			for (String link : links) {
				if (SourceCrawler.this.importer.isKnownUrl(link)) {
					this.known++;
				}
				else {
					todo.add(link);
				}
			}
			this.progress.found(todo.size());
			try {
				for (String link : todo) {
					if (this.stopping.getAsBoolean()) {
						logger.info(
								"Crawl of {} stopped early: the server shuts down, or the source was paused or deleted",
								this.target.url());
						break;
					}
					FetchedPage fetched;
					try {
						fetched = SourceCrawler.this.fetcher.fetch(URI.create(link), Validators.NONE);
					}
					catch (FetchException ex) {
						failed(link, ex.status(), FetchReason.of(ex), ex.getMessage());
						if (ex.kind() == Kind.ROBOTS_UNAVAILABLE || ex.kind() == Kind.INTERRUPTED) {
							throw ex;
						}
						continue;
					}
					pending.add(submit(fetched));
				}
			}
			finally {
				pending.forEach(CompletableFuture::join);
			}
		}

		private CompletableFuture<Void> submit(FetchedPage page) {
			return CompletableFuture
				.supplyAsync(() -> SourceCrawler.this.ingest.ingest(page), SourceCrawler.this.ingestThreads)
				.exceptionally((ex) -> new ImportResult(page.url().toString(), Status.FAILED, null,
						"internal error: " + ex.getMessage()))
				.thenAccept((result) -> done(page, result));
		}

		private void done(FetchedPage page, ImportResult result) {
			synchronized (this) {
				switch (result.status()) {
					case IMPORTED -> this.fresh++;
					case DUPLICATE -> this.duplicates++;
					case FAILED -> this.failed++;
				}
			}
			Outcome outcome = switch (result.status()) {
				case IMPORTED -> Outcome.NEW;
				case DUPLICATE -> Outcome.DUPLICATE;
				case FAILED -> Outcome.FAILED;
			};
			logLine(result.source(), page.status(), outcome,
					(outcome == Outcome.FAILED) ? FetchReason.NOT_IMPORTED : null, result.message());
			synchronized (this) {
				this.progress.done(result);
			}
		}

		private void failed(String url, int status, FetchReason reason, @Nullable String detail) {
			synchronized (this) {
				this.failed++;
			}
			String message = (detail != null) ? detail : "failed";
			logger.warn("Could not fetch {}: {}", url, message);
			logLine(url, status, Outcome.FAILED, reason, message);
			synchronized (this) {
				this.progress.done(new ImportResult(url, Status.FAILED, null, message));
			}
		}

		private void logLine(String url, int status, Outcome outcome, @Nullable FetchReason reason,
				@Nullable String message) {
			boolean full;
			synchronized (this) {
				this.lines.add(new FetchLogEntry(this.target.sourceId(), url, SourceCrawler.this.clock.instant(),
						status, outcome, reason, (message != null) ? message : ""));
				full = this.lines.size() >= 200;
			}
			if (full) {
				flushLog();
			}
		}

		/**
		 * Writes the lines gathered so far. The lines are taken under the run's lock and
		 * written outside it, so that the other threads of the run go on meanwhile.
		 */
		void flushLog() {
			List<FetchLogEntry> taken;
			synchronized (this) {
				if (this.lines.isEmpty()) {
					return;
				}
				taken = new ArrayList<>(this.lines);
				this.lines.clear();
			}
			try {
				SourceCrawler.this.log.saveAll(taken);
			}
			catch (RuntimeException ex) {
				logger.warn("Could not write the fetch log of {}", this.target.url(), ex);
			}
		}

		synchronized CrawlReport report(@Nullable SourceKind kind, String url, @Nullable Exception error,
				Validators validators) {
			return new CrawlReport(kind, url, this.fresh, this.duplicates, this.failed, this.known,
					(error != null) ? String.valueOf(error.getMessage()) : null, validators,
					(error != null) ? FetchReason.of(error).name() : null);
		}

	}

	private record Classified(SourceKind kind, @Nullable String feedUrl) {
	}

}
