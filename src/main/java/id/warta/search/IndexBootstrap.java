package id.warta.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the index at start when it does not hold what the database holds, for example
 * after the index folder was deleted, found unreadable ({@link UnreadableIndexGuard}), or
 * the database was restored from a backup, or when it was built with other learned roots
 * than the corpus lexicon knows now (articles stored since taught it new roots).
 */
@Component
@Order(50)
class IndexBootstrap implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(IndexBootstrap.class);

	private final IndexRebuilder rebuilder;

	private final SearchSettings settings;

	private final CorpusLexicon lexicon;

	IndexBootstrap(IndexRebuilder rebuilder, SearchSettings settings, CorpusLexicon lexicon) {
		this.rebuilder = rebuilder;
		this.settings = settings;
		this.lexicon = lexicon;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		// The lexicon comes first: a rebuild, here or by the reindex command, must
		// analyze
		// with every root learned so far.
		this.lexicon.load();
		if (!this.settings.rebuildOnStart()) {
			return;
		}
		long stored = this.rebuilder.articlesToIndex();
		long indexed = this.rebuilder.articlesIndexed();
		if (stored == indexed && (stored == 0 || this.lexicon.indexMatchesLexicon())) {
			if (stored == 0) {
				this.lexicon.indexBuilt();
			}
			return;
		}
		if (stored != indexed) {
			logger.info("Search index holds {} articles, the database {}: rebuilding the index", indexed, stored);
		}
		else {
			logger.info("The lexicon learned new roots since the index was built: rebuilding the index");
		}
		long start = System.nanoTime();
		long done = this.rebuilder.rebuild((count) -> {
		});
		logger.info("Search index rebuilt: {} articles in {} ms", done, (System.nanoTime() - start) / 1_000_000);
	}

}
