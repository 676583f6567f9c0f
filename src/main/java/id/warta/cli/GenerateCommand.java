package id.warta.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import id.warta.article.ArticleCatalog;
import id.warta.article.ArticleImporter;
import id.warta.article.ImportResult;
import id.warta.article.ImportSettings;
import id.warta.article.IncomingArticle;
import id.warta.scraper.ArticleExtractor;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.ExtractionException;
import id.warta.search.IndexRebuilder;
import org.springframework.context.ApplicationContext;

/**
 * {@code warta generate N}: stores N synthetic articles ({@link SyntheticArticles}) made
 * from the seeds through the normal import path, in batches of {@value #BATCH} per
 * transaction, and prints the rate. Numbering continues after the synthetic articles
 * already stored, so running it twice adds 2N.
 */
final class GenerateCommand {

	/** The generator's seed: the same seed gives the same articles. */
	static final long SEED = 20230914L;

	static final String SOURCE_PREFIX = "synthetic:";

	/** Articles per transaction. */
	static final int BATCH = 100;

	private final ArticleImporter importer;

	private final ArticleCatalog catalog;

	private final IndexRebuilder rebuilder;

	private final Path seedsDir;

	private final PrintStream out;

	GenerateCommand(ApplicationContext context, PrintStream out) {
		this.importer = context.getBean(ArticleImporter.class);
		this.catalog = context.getBean(ArticleCatalog.class);
		this.rebuilder = context.getBean(IndexRebuilder.class);
		this.seedsDir = context.getBean(ImportSettings.class).seedsDir();
		this.out = out;
	}

	int run(int count) {
		List<ExtractedArticle> seeds = seeds();
		if (seeds.isEmpty()) {
			this.out.println("generate: no seed articles in " + this.seedsDir.toAbsolutePath().normalize()
					+ " (set --warta.seeds-dir)");
			return 1;
		}
		Run run = new Run(new SyntheticArticles(seeds, SEED), count, this.catalog.countFromSources(SOURCE_PREFIX));
		long start = System.nanoTime();
		// The first article of each outlet alone, so that no two batches create the same
		// outlet at once; then one worker per core, each storing whole batches.
		run.storeBatch(1, SyntheticArticles.OUTLETS);
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
			Thread thread = new Thread(() -> run.storeBatch(BATCH, Integer.MAX_VALUE), "generate-" + i);
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return 1;
			}
		}
		if (run.imported.get() < count) {
			this.out.println("generate: stopped after " + run.imported.get() + " articles: " + run.failure());
			return 1;
		}
		run.progress.finish(run.imported.get());
		double seconds = (System.nanoTime() - start) / 1e9;
		this.out.printf("Generated %d articles in %.1f s: %.0f articles/s (%d already stored, skipped)%n",
				run.imported.get(), seconds, run.imported.get() / seconds, run.skipped.get());
		return analyseWithLearnedRoots();
	}

	/**
	 * The articles taught the lexicon roots that the first of them were indexed without:
	 * they are analysed again now, so that the next start finds the index ready rather
	 * than analysing every article again while it serves.
	 */
	private int analyseWithLearnedRoots() {
		if (this.rebuilder.analysedWithLearnedRoots()) {
			return 0;
		}
		this.out.println("Analysing the index again with the roots these articles taught");
		long start = System.nanoTime();
		try {
			long done = this.rebuilder.reanalyse();
			this.out.printf("Analysed %d articles again in %.1f s%n", done, (System.nanoTime() - start) / 1e9);
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.out.println("generate: analysing again interrupted; the next start goes on with it");
			return 1;
		}
	}

	private List<ExtractedArticle> seeds() {
		List<ExtractedArticle> seeds = new ArrayList<>();
		if (!Files.isDirectory(this.seedsDir)) {
			return seeds;
		}
		ArticleExtractor extractor = new ArticleExtractor();
		try (var files = Files.list(this.seedsDir)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				try {
					seeds.add(extractor.extract(Files.readAllBytes(file), null, file.toUri()));
				}
				catch (ExtractionException ex) {
					this.out.println("generate: skipping seed " + file + ": " + ex.getMessage());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return seeds;
	}

	/**
	 * One generator run: which article numbers are next, and how many are still wanted.
	 */
	private final class Run {

		private final SyntheticArticles synthetic;

		private final int count;

		private final AtomicLong next;

		private final AtomicInteger claimed = new AtomicInteger();

		private final AtomicInteger imported = new AtomicInteger();

		private final AtomicInteger skipped = new AtomicInteger();

		private final AtomicBoolean stopped = new AtomicBoolean();

		private volatile String failure = "";

		private final Progress progress;

		Run(SyntheticArticles synthetic, int count, long alreadyStored) {
			this.synthetic = synthetic;
			this.count = count;
			this.next = new AtomicLong(alreadyStored);
			this.progress = new Progress(GenerateCommand.this.out, count, System.console() != null);
		}

		/**
		 * Stores batches of up to {@code size} articles until the run has its count or
		 * {@code maxBatches} batches were stored.
		 */
		void storeBatch(int size, int maxBatches) {
			for (int batches = 0; batches < maxBatches && !this.stopped.get(); batches++) {
				int wanted = claim(size);
				if (wanted == 0) {
					return;
				}
				long first = this.next.getAndAdd(wanted);
				List<IncomingArticle> batch = new ArrayList<>(wanted);
				for (long n = first; n < first + wanted; n++) {
					batch.add(new IncomingArticle(SOURCE_PREFIX + n, this.synthetic.article(n)));
				}
				int stored = 0;
				for (ImportResult result : GenerateCommand.this.importer.importAll(batch)) {
					if (result.status() == ImportResult.Status.IMPORTED) {
						stored++;
					}
					else if (result.status() == ImportResult.Status.FAILED) {
						this.failure = result.source() + ": " + result.message();
					}
				}
				this.progress.update(this.imported.addAndGet(stored));
				// Articles already stored do not count: claim that many again, but give
				// up
				// when more were skipped than wanted (the numbering does not move on).
				this.claimed.addAndGet(stored - wanted);
				if (this.skipped.addAndGet(wanted - stored) > this.count) {
					if (this.failure.isEmpty()) {
						this.failure = "more articles were already stored than generated";
					}
					this.stopped.set(true);
				}
			}
		}

		private int claim(int size) {
			while (true) {
				int before = this.claimed.get();
				int wanted = Math.min(size, this.count - before);
				if (wanted <= 0) {
					return 0;
				}
				if (this.claimed.compareAndSet(before, before + wanted)) {
					return wanted;
				}
			}
		}

		String failure() {
			return this.failure;
		}

	}

}
