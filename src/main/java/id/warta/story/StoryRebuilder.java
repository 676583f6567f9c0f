package id.warta.story;

import java.util.List;
import java.util.function.LongConsumer;

import id.warta.article.ArticleCatalog;
import id.warta.article.ArticleImporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places articles in stories again: all of them ({@code restory}, for when the rules
 * change), or those that have none (articles stored by a version of Warta before stories,
 * placed at start). In id order, that is in the order they were stored, a batch per
 * transaction, so that the stories are the ones that storing them one by one would have
 * made.
 */
@Service
public class StoryRebuilder {

	private static final Logger logger = LoggerFactory.getLogger(StoryRebuilder.class);

	static final int BATCH = 100;

	private final ArticleCatalog catalog;

	private final ArticleImporter importer;

	private final StoryAssigner assigner;

	private final StoryRepository stories;

	private final TransactionTemplate transactions;

	private final StoryDirectory directory;

	StoryRebuilder(ArticleCatalog catalog, ArticleImporter importer, StoryAssigner assigner, StoryRepository stories,
			TransactionTemplate transactions, StoryDirectory directory) {
		this.directory = directory;
		this.catalog = catalog;
		this.importer = importer;
		this.assigner = assigner;
		this.stories = stories;
		this.transactions = transactions;
	}

	/**
	 * How many articles there are to place.
	 */
	public long articles() {
		return this.catalog.count();
	}

	/**
	 * Takes every article out of its story, deletes the stories and places every article
	 * again.
	 * @param progress told the number of articles placed so far, after each batch
	 * @return the number of articles placed
	 */
	public long rebuild(LongConsumer progress) {
		// New stories have ids above every old one: only they may be joined meanwhile.
		long firstNew = this.transactions.execute((status) -> {
			this.importer.forgetStories();
			long next = this.stories.findTopByOrderByIdDesc().map((story) -> story.getId() + 1).orElse(1L);
			this.stories.deleteAllInBatch();
			return next;
		});
		this.assigner.joinOnlyFrom(firstNew);
		try {
			long done = 0;
			long after = 0;
			List<Long> ids;
			while (!(ids = this.catalog.idsAfter(after, BATCH)).isEmpty()) {
				List<Long> batch = ids;
				this.transactions.executeWithoutResult((status) -> this.importer.redescribe(batch));
				done += ids.size();
				after = ids.get(ids.size() - 1);
				progress.accept(done);
			}
			return done;
		}
		finally {
			this.assigner.joinOnlyFrom(0);
			this.directory.storiesRebuilt();
		}
	}

	/**
	 * Places the articles that belong to no story, in id order.
	 * @return how many were placed
	 */
	public long placeUnplaced() {
		long done = 0;
		List<Long> ids;
		while (!(ids = this.catalog.idsWithoutStory(BATCH)).isEmpty()) {
			List<Long> batch = ids;
			this.transactions.executeWithoutResult((status) -> this.importer.redescribe(batch));
			done += ids.size();
			if (done % 10_000 < BATCH) {
				logger.info("Stories: {} articles placed", done);
			}
		}
		if (done > 0) {
			this.directory.storiesRebuilt();
		}
		return done;
	}

}
