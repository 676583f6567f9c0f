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
 * Rebuilds the index at start when it does not hold what the database holds, for example
 * after the index folder was deleted or the database was restored from a backup.
 */
@Component
@Order(50)
class IndexBootstrap implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(IndexBootstrap.class);

	private final EntityManagerFactory entityManagerFactory;

	private final ArticleCatalog catalog;

	IndexBootstrap(EntityManagerFactory entityManagerFactory, ArticleCatalog catalog) {
		this.entityManagerFactory = entityManagerFactory;
		this.catalog = catalog;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		long stored = this.catalog.count();
		long indexed;
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			indexed = Search.session(entityManager)
				.search(Article.class)
				.where((f) -> f.matchAll())
				.fetchTotalHitCount();
		}
		if (stored == indexed) {
			return;
		}
		logger.info("Index holds {} articles, the database {}: rebuilding the index", indexed, stored);
		Search.mapping(this.entityManagerFactory)
			.scope(Article.class)
			.massIndexer()
			.threadsToLoadObjects(1)
			.startAndWait();
		logger.info("Index rebuilt");
	}

}
