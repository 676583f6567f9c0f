package id.warta.search;

import id.warta.system.StartupPhases;
import id.warta.system.StartupWork;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Repairs the index at start when it does not hold exactly the articles the database
 * holds (after a crash, only the few out of step are indexed or dropped), and rebuilds it
 * when most are out of step, for example after the index folder was deleted, found
 * unreadable ({@link UnreadableIndexGuard}), or the database was restored from a backup,
 * or when it was built with other learned roots than the corpus lexicon knows now
 * (articles stored since taught it new roots).
 */
@Component
class IndexBootstrap extends StartupWork {

	private static final Logger logger = LoggerFactory.getLogger(IndexBootstrap.class);

	private final IndexRebuilder rebuilder;

	private final SearchSettings settings;

	private final CorpusLexicon lexicon;

	IndexBootstrap(IndexRebuilder rebuilder, SearchSettings settings, CorpusLexicon lexicon) {
		super(StartupPhases.INDEX);
		this.rebuilder = rebuilder;
		this.settings = settings;
		this.lexicon = lexicon;
	}

	private volatile @Nullable Thread reanalysis;

	@Override
	protected void work() {
		try {
			check();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the search index was rebuilt", ex);
		}
	}

	void check() throws InterruptedException {
		// The lexicon comes first: a rebuild, here or by the reindex command, must
		// analyze
		// with every root learned so far.
		this.lexicon.load();
		if (!this.settings.rebuildOnStart()) {
			return;
		}
		long stored = this.rebuilder.articlesToIndex();
		IndexRebuilder.Difference difference = this.rebuilder.difference();
		boolean sameRoots = stored == 0 || this.lexicon.indexMatchesLexicon();
		int outOfStep = difference.missing().size() + difference.extra().size();
		long indexed = stored - difference.missing().size() + difference.extra().size();
		if (sameRoots && outOfStep == 0) {
			if (stored == 0) {
				this.lexicon.indexBuilt();
			}
			return;
		}
		// A few articles out of step (a crash between the database's commit and the
		// index's, a database restored from a backup): those only. An empty index, or
		// most articles out of step: a rebuild.
		if (indexed > 0 && outOfStep < Math.max(1000, stored / 5)) {
			if (outOfStep > 0) {
				long start = System.nanoTime();
				this.rebuilder.repair(difference);
				logger.info("Search index repaired: {} articles added, {} dropped in {} ms",
						difference.missing().size(), difference.extra().size(),
						(System.nanoTime() - start) / 1_000_000);
			}
			if (!sameRoots && this.settings.reanalyseOnStart()) {
				// Searches work meanwhile: an article's words are found as they were
				// analysed until it is analysed again.
				logger.info("The lexicon learned new roots since the index was built: analysing every article again"
						+ " in the background");
				this.reanalysis = new Thread(this::reanalyse, "index-reanalysis");
				this.reanalysis.setDaemon(true);
				this.reanalysis.start();
			}
			return;
		}
		logger.info("Search index holds {} articles, the database {}: rebuilding the index", indexed, stored);
		long start = System.nanoTime();
		long done = this.rebuilder.rebuild((count) -> {
		});
		logger.info("Search index rebuilt: {} articles in {} ms", done, (System.nanoTime() - start) / 1_000_000);
	}

	private void reanalyse() {
		long start = System.nanoTime();
		try {
			long done = this.rebuilder.reanalyse();
			logger.info("Search index analysed again: {} articles in {} ms", done,
					(System.nanoTime() - start) / 1_000_000);
		}
		catch (InterruptedException ex) {
			logger.info("Analysing the index again stopped at shutdown; it goes on at the next start");
		}
		catch (RuntimeException ex) {
			logger.warn("Analysing the index again failed; it is tried again at the next start", ex);
		}
	}

	/** Waits for the analysis in the background, stopping it first, at shutdown. */
	@PreDestroy
	void stopReanalysis() throws InterruptedException {
		Thread thread = this.reanalysis;
		if (thread != null) {
			thread.interrupt();
			thread.join(30_000);
		}
	}

	/** Waits for the analysis in the background to end: for tests. */
	void awaitReanalysis() throws InterruptedException {
		Thread thread = this.reanalysis;
		if (thread != null) {
			thread.join();
		}
	}

}
