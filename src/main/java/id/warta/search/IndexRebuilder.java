package id.warta.search;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

import id.warta.article.Article;
import id.warta.article.ArticleCatalog;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the search index from the database with Hibernate Search's mass indexer: the
 * {@code reindex} command and the rebuild at start both run it.
 */
@Service
public class IndexRebuilder {

	private final EntityManagerFactory entityManagerFactory;

	private final ArticleCatalog catalog;

	private final CorpusLexicon lexicon;

	IndexRebuilder(EntityManagerFactory entityManagerFactory, ArticleCatalog catalog, CorpusLexicon lexicon) {
		this.entityManagerFactory = entityManagerFactory;
		this.catalog = catalog;
		this.lexicon = lexicon;
	}

	/**
	 * How many articles the database holds, that is, how many a rebuild indexes.
	 */
	public long articlesToIndex() {
		return this.catalog.count();
	}

	/**
	 * How many articles the index holds.
	 */
	public long articlesIndexed() {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager).search(Article.class).where((f) -> f.matchAll()).fetchTotalHitCount();
		}
	}

	/**
	 * Drops the index's content and indexes every stored article again.
	 * @param progress told the number of articles indexed so far, now and then
	 * @return the number of articles indexed
	 * @throws InterruptedException when the thread is interrupted while it waits
	 */
	public long rebuild(LongConsumer progress) throws InterruptedException {
		AtomicLong done = new AtomicLong();
		Search.mapping(this.entityManagerFactory)
			.scope(Article.class)
			.massIndexer()
			// Two cores: one thread loads while the other builds documents.
			.threadsToLoadObjects(1)
			.batchSizeToLoadObjects(100)
			.monitor(new MassIndexingMonitor() {

				@Override
				public void documentsAdded(long increment) {
					progress.accept(done.addAndGet(increment));
				}

				@Override
				public void documentsBuilt(long increment) {
				}

				@Override
				public void entitiesLoaded(long increment) {
				}

				@Override
				public void indexingCompleted() {
				}

			})
			.startAndWait();
		this.lexicon.indexBuilt();
		return done.get();
	}

}
