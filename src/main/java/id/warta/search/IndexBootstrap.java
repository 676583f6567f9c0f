package id.warta.search;

import id.warta.article.Article;
import id.warta.article.ArticleCatalog;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Prepares search at start: restores the corpus lexicon, then rebuilds the index when it
 * does not hold what the database holds (the index folder was deleted, the database was
 * restored from a backup) or was built with other learned roots than the lexicon knows
 * now (articles stored since the last build taught it new roots).
 */
@Component
@Order(50)
class IndexBootstrap implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(IndexBootstrap.class);

	private final EntityManagerFactory entityManagerFactory;

	private final ArticleCatalog catalog;

	private final CorpusLexicon lexicon;

	IndexBootstrap(EntityManagerFactory entityManagerFactory, ArticleCatalog catalog, CorpusLexicon lexicon) {
		this.entityManagerFactory = entityManagerFactory;
		this.catalog = catalog;
		this.lexicon = lexicon;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		this.lexicon.load();
		long stored = this.catalog.count();
		long indexed;
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			indexed = Search.session(entityManager)
				.search(Article.class)
				.where((f) -> f.matchAll())
				.fetchTotalHitCount();
		}
		if (stored == indexed && (stored == 0 || this.lexicon.indexMatchesLexicon())) {
			if (stored == 0) {
				this.lexicon.indexBuilt();
			}
			return;
		}
		if (stored != indexed) {
			logger.info("Index holds {} articles, the database {}: rebuilding the index", indexed, stored);
		}
		else {
			logger.info("The lexicon learned new roots since the index was built: rebuilding the index");
		}
		Search.mapping(this.entityManagerFactory)
			.scope(Article.class)
			.massIndexer()
			.threadsToLoadObjects(1)
			.startAndWait();
		this.lexicon.indexBuilt();
		logger.info("Index rebuilt: {} articles", stored);
	}

}
