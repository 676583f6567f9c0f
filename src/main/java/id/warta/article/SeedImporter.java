package id.warta.article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import id.warta.system.StartupPhases;
import id.warta.system.StartupWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On first start, with an empty database, imports every file of the seeds folder, before
 * the web server opens: the first page a reader gets already holds them.
 */
@Component
class SeedImporter extends StartupWork {

	private static final Logger logger = LoggerFactory.getLogger(SeedImporter.class);

	private final ArticleCatalog catalog;

	private final ArticleImporter importer;

	private final ImportSettings settings;

	SeedImporter(ArticleCatalog catalog, ArticleImporter importer, ImportSettings settings) {
		super(StartupPhases.SEEDS);
		this.catalog = catalog;
		this.importer = importer;
		this.settings = settings;
	}

	@Override
	protected void work() {
		importSeeds();
	}

	void importSeeds() {
		long stored = this.catalog.count();
		if (stored > 0) {
			logger.info("Database holds {} articles; seeds are not imported again", stored);
			return;
		}
		Path seeds = this.settings.seedsDir();
		if (!Files.isDirectory(seeds)) {
			logger.warn("Seeds folder {} does not exist; the reader starts empty (set warta.seeds-dir)",
					seeds.toAbsolutePath().normalize());
			return;
		}
		logger.info("Database is empty: importing the seeds from {}", seeds.toAbsolutePath().normalize());
		List<ImportResult> results = this.importer.importFolder(seeds);
		logger.info("Seed import done: {} imported, {} duplicates, {} failed, of {} files",
				count(results, ImportResult.Status.IMPORTED), count(results, ImportResult.Status.DUPLICATE),
				count(results, ImportResult.Status.FAILED), results.size());
	}

	private static long count(List<ImportResult> results, ImportResult.Status status) {
		return results.stream().filter((result) -> result.status() == status).count();
	}

}
