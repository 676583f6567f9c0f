package id.warta.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import id.warta.article.ArticleImporter;
import id.warta.article.ImportResult;
import id.warta.article.ImportSettings;
import id.warta.scraper.ArticleExtractor;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.ExtractionException;
import org.springframework.context.ApplicationContext;

/**
 * {@code warta generate N}: stores N synthetic articles ({@link SyntheticArticles}) made
 * from the seeds, each through the normal import path, and prints the rate. Numbering
 * continues after the synthetic articles already stored, so running it twice adds 2N.
 */
final class GenerateCommand {

	/** The generator's seed: the same seed gives the same articles. */
	static final long SEED = 20230914L;

	private final ArticleImporter importer;

	private final Path seedsDir;

	private final PrintStream out;

	GenerateCommand(ApplicationContext context, PrintStream out) {
		this.importer = context.getBean(ArticleImporter.class);
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
		SyntheticArticles synthetic = new SyntheticArticles(seeds, SEED);
		Progress progress = new Progress(this.out, count, System.console() != null);
		AtomicLong next = new AtomicLong();
		AtomicInteger imported = new AtomicInteger();
		AtomicInteger skipped = new AtomicInteger();
		AtomicInteger claimed = new AtomicInteger();
		// Each worker claims one of the N articles, then imports until one is stored.
		Runnable worker = () -> {
			while (claimed.incrementAndGet() <= count) {
				while (true) {
					long n = next.getAndIncrement();
					ImportResult result = this.importer.importExtracted("synthetic:" + n, synthetic.article(n));
					if (result.status() == ImportResult.Status.IMPORTED) {
						progress.update(imported.incrementAndGet());
						break;
					}
					if (skipped.incrementAndGet() > count) {
						return;
					}
				}
			}
		};
		long start = System.nanoTime();
		// The first article of each outlet alone, so that no two imports create the same
		// outlet at once; then one import per core.
		for (int i = 0; i < SyntheticArticles.OUTLETS && claimed.get() < count; i++) {
			claimed.incrementAndGet();
			long n = next.getAndIncrement();
			ImportResult result = this.importer.importExtracted("synthetic:" + n, synthetic.article(n));
			if (result.status() == ImportResult.Status.IMPORTED) {
				progress.update(imported.incrementAndGet());
			}
			else {
				claimed.decrementAndGet();
				skipped.incrementAndGet();
			}
		}
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
			Thread thread = new Thread(worker, "generate-" + i);
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
		if (imported.get() < count) {
			this.out.println("generate: stopped, more articles were already stored than generated");
			return 1;
		}
		progress.finish(imported.get());
		double seconds = (System.nanoTime() - start) / 1e9;
		this.out.printf("Generated %d articles in %.1f s: %.0f articles/s (%d already stored, skipped)%n",
				imported.get(), seconds, imported.get() / seconds, skipped.get());
		return 0;
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
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return seeds;
	}

}
