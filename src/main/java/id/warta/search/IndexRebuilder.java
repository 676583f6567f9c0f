package id.warta.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

import id.warta.article.Article;
import id.warta.article.ArticleCatalog;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import id.warta.article.SearchFields;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the search index from the database with Hibernate Search's mass indexer: the
 * {@code reindex} command and the rebuild at start both run it.
 */
@Service
public class IndexRebuilder {

	private static final int REANALYSIS_BATCH = 200;

	private final EntityManagerFactory entityManagerFactory;

	private final ArticleCatalog catalog;

	private final CorpusLexicon lexicon;

	private final SearchEngine engine;

	IndexRebuilder(EntityManagerFactory entityManagerFactory, ArticleCatalog catalog, CorpusLexicon lexicon,
			SearchEngine engine) {
		this.entityManagerFactory = entityManagerFactory;
		this.engine = engine;
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
	 * The ids that the database and the index do not share.
	 *
	 * @param missing stored articles the index lacks
	 * @param extra indexed articles the database no longer has
	 */
	public record Difference(List<Long> missing, List<Long> extra) {

		public boolean isEmpty() {
			return this.missing.isEmpty() && this.extra.isEmpty();
		}

	}

	/** Compares the ids the database holds with those the index holds. */
	public Difference difference() {
		BitSet stored = new BitSet();
		for (List<Long> page = this.catalog.idsAfter(0, PAGE); !page.isEmpty(); page = this.catalog
			.idsAfter(page.get(page.size() - 1), PAGE)) {
			page.forEach((id) -> stored.set(Math.toIntExact(id)));
		}
		BitSet indexed = indexedIds();
		List<Long> missing = new ArrayList<>();
		List<Long> extra = new ArrayList<>();
		BitSet onlyStored = (BitSet) stored.clone();
		onlyStored.andNot(indexed);
		onlyStored.stream().forEach((id) -> missing.add((long) id));
		indexed.andNot(stored);
		indexed.stream().forEach((id) -> extra.add((long) id));
		return new Difference(missing, extra);
	}

	private static final int PAGE = 10_000;

	private BitSet indexedIds() {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			Optional<IndexReader> embedded = this.engine.openLuceneReader(session);
			if (embedded.isEmpty()) {
				return scrolledIds(session);
			}
			try (IndexReader reader = embedded.get()) {
				BitSet ids = new BitSet();
				for (LeafReaderContext leaf : reader.leaves()) {
					Bits live = leaf.reader().getLiveDocs();
					SortedNumericDocValues values = DocValues.getSortedNumeric(leaf.reader(), SearchFields.ARTICLE_ID);
					for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
						if (live == null || live.get(doc)) {
							ids.set(Math.toIntExact(values.nextValue()));
						}
					}
				}
				return ids;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The ids of an index that Lucene cannot open here, page by page. */
	private static BitSet scrolledIds(SearchSession session) {
		BitSet ids = new BitSet();
		try (SearchScroll<Long> scroll = session.search(Article.class)
			.select((p) -> p.id(Long.class))
			.where((f) -> f.matchAll())
			.scroll(PAGE)) {
			for (SearchScrollResult<Long> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
				chunk.hits().forEach((id) -> ids.set(Math.toIntExact(id)));
			}
		}
		return ids;
	}

	/**
	 * Brings the index in line with the database: indexes the stored articles it lacks
	 * and drops the articles the database no longer has, leaving the rest as they are.
	 * @return what was repaired
	 */
	public Difference repair(Difference difference) {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			SearchIndexingPlan plan = session.indexingPlan();
			entityManager.getTransaction().begin();
			try {
				difference.extra().forEach((id) -> plan.purge(Article.class, id, null));
				plan.execute();
				int done = 0;
				for (Long id : difference.missing()) {
					Article article = entityManager.find(Article.class, id);
					if (article != null) {
						plan.addOrUpdate(article);
					}
					if (++done % 100 == 0) {
						plan.execute();
						entityManager.clear();
					}
				}
				plan.execute();
				entityManager.getTransaction().commit();
			}
			finally {
				if (entityManager.getTransaction().isActive()) {
					entityManager.getTransaction().rollback();
				}
			}
		}
		return difference;
	}

	/**
	 * Whether the index was last analysed with every root the lexicon knows now; when
	 * not, a start analyses it again in the background ({@link #reanalyse()}).
	 * @return whether the index is analysed with the roots learned so far
	 */
	public boolean analysedWithLearnedRoots() {
		return this.lexicon.indexMatchesLexicon();
	}

	/**
	 * Indexes every stored article again over the index as it is, which stays searchable
	 * meanwhile: after the lexicon learned roots that analyse some words otherwise.
	 * @return the number of articles indexed
	 * @throws InterruptedException when the thread is interrupted while it waits
	 */
	public long reanalyse() throws InterruptedException {
		// Not the mass indexer: without purging first it adds every document again beside
		// the old one. Each article is replaced in place, a batch at a time.
		long done = 0;
		long after = 0;
		while (true) {
			if (Thread.currentThread().isInterrupted()) {
				throw new InterruptedException("reanalysis stopped");
			}
			List<Long> ids;
			try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
				ids = entityManager
					.createQuery("select a.id from Article a where a.id > :after order by a.id", Long.class)
					.setParameter("after", after)
					.setMaxResults(REANALYSIS_BATCH)
					.getResultList();
				if (ids.isEmpty()) {
					break;
				}
				SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
				entityManager.getTransaction().begin();
				try {
					for (Long id : ids) {
						Article article = entityManager.find(Article.class, id);
						if (article != null) {
							plan.addOrUpdate(article);
							done++;
						}
					}
					plan.execute();
					entityManager.getTransaction().commit();
				}
				finally {
					if (entityManager.getTransaction().isActive()) {
						entityManager.getTransaction().rollback();
					}
				}
			}
			after = ids.get(ids.size() - 1);
		}
		this.lexicon.indexBuilt();
		return done;
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
			.monitor(counting(done, progress))
			.startAndWait();
		this.lexicon.indexBuilt();
		return done.get();
	}

	private static MassIndexingMonitor counting(AtomicLong done, LongConsumer progress) {
		return new MassIndexingMonitor() {

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

		};
	}

}
