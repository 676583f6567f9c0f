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
 * the database was restored from a backup.
 */
@Component
@Order(50)
class IndexBootstrap implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(IndexBootstrap.class);

	private final IndexRebuilder rebuilder;

	private final SearchSettings settings;

	IndexBootstrap(IndexRebuilder rebuilder, SearchSettings settings) {
		this.rebuilder = rebuilder;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		if (!this.settings.rebuildOnStart()) {
			return;
		}
		long stored = this.rebuilder.articlesToIndex();
		long indexed = this.rebuilder.articlesIndexed();
		if (stored == indexed) {
			return;
		}
		logger.info("Search index holds {} articles, the database {}: rebuilding the index", indexed, stored);
		long start = System.nanoTime();
		long done = this.rebuilder.rebuild((count) -> {
		});
		logger.info("Search index rebuilt: {} articles in {} ms", done, (System.nanoTime() - start) / 1_000_000);
	}

}
