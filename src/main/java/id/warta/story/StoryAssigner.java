package id.warta.story;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantLock;

import id.warta.article.StoryPlacement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Places each article in a story as it is stored, in its storing transaction: the
 * candidates come from the search index as last read (articles committed before) and from
 * the articles placed since, this transaction's included; the best matching story is
 * joined, or a new one started.
 * <p>
 * Placements are serialised: a transaction that places an article holds the placing lock
 * until it has committed (or rolled back), so that the next placement sees this one. The
 * index is read again every {@value #READ_EVERY} placements, at the start of a placement,
 * when everything placed before has committed: so the same articles in the same order
 * give the same stories.
 */
@Component
class StoryAssigner implements StoryPlacement {

	private final StoryFeatureReader reader = new StoryFeatureReader();

	private final StoryIndex index;

	private final StoryRepository stories;

	private final Clock clock;

	private final int readEvery;

	private final ReentrantLock lock = new ReentrantLock();

	// Under the lock.
	private final RecentPlacements recent = new RecentPlacements();

	/**
	 * Only stories from this id on are joined: {@code restory} sets it to its first
	 * story's.
	 */
	private volatile long minStoryId;

	StoryAssigner(StoryIndex index, StoryRepository stories, Clock clock, StorySettings settings) {
		this.index = index;
		this.stories = stories;
		this.clock = clock;
		this.readEvery = settings.indexReadEvery();
	}

	@Override
	public Placement place(Candidate article) {
		StoryFeatures features = this.reader.read(article.title(), article.paragraphs(), article.publishedDay(),
				article.mentions());
		Transaction transaction = lockForTransaction();
		IndexRead indexed = indexRead(transaction);
		indexed.prefetch(List.of(features));
		StoryMatcher matcher = new StoryMatcher(new Statistics(indexed, this.recent, features));
		CandidateQuery query = CandidateQuery.of(features, matcher.similarity(), this.minStoryId);
		List<StoryCandidate> candidates = new ArrayList<>(this.index.candidates(indexed, query, this.recent::contains));
		candidates.addAll(this.recent.candidates(query, StoryIndex.CANDIDATES));
		// The candidate stories as this transaction has them (it may have grown them);
		// those deleted since are left out.
		Map<Long, Story> known = new HashMap<>();
		candidates.stream()
			.map(StoryCandidate::story)
			.distinct()
			.forEach((id) -> this.stories.findById(id).ifPresent((story) -> known.put(id, story)));
		candidates.removeIf((candidate) -> !known.containsKey(candidate.story()));
		indexed.prefetch(candidates.stream().map(StoryCandidate::features).toList());
		OptionalLong joined = matcher.match(features, candidates, (id) -> {
			Story story = known.get(id);
			return new LocalDate[] { story.getFirstDay(), story.getLastDay() };
		});
		Story story = joined.isPresent() ? known.get(joined.getAsLong()) : newStory();
		story.add(article.id(), article.title(), features.titleTerms(), features.day(), article.published(),
				article.outletSlug(), matcher.similarity()::termWeight, this.clock.instant());
		long storyId = this.stories.save(story).getId();
		this.recent.add(article.id(), new StoryCandidate(storyId, features));
		return new Placement(storyId, features.day(), features.encode());
	}

	/**
	 * The index as last read, read again first when enough placements have committed
	 * since.
	 */
	private IndexRead indexRead(Transaction transaction) {
		if (transaction.start < this.readEvery) {
			return this.index.current();
		}
		IndexRead read = this.index.refresh();
		this.index.remember(this.recent.dropOldest(transaction.start));
		transaction.start = 0;
		return read;
	}

	/** Leaves out the stories numbered below {@code storyId}, or none with 0. */
	void joinOnlyFrom(long storyId) {
		this.minStoryId = storyId;
	}

	private Story newStory() {
		return new Story(this.clock.instant());
	}

	/**
	 * Takes the placing lock for the current transaction, until it completes; on rollback
	 * its placements are forgotten.
	 */
	private Transaction lockForTransaction() {
		Transaction current = (Transaction) TransactionSynchronizationManager.getResource(this);
		if (current != null) {
			return current;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("Articles are placed in stories inside their storing transaction");
		}
		this.lock.lock();
		Transaction transaction = new Transaction(this.recent.size());
		TransactionSynchronizationManager.bindResource(this, transaction);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				try {
					if (status != STATUS_COMMITTED) {
						StoryAssigner.this.recent.truncate(transaction.start);
					}
				}
				finally {
					TransactionSynchronizationManager.unbindResourceIfPossible(StoryAssigner.this);
					StoryAssigner.this.lock.unlock();
				}
			}

		});
		return transaction;
	}

	/**
	 * A transaction that places articles: where its placements start among the recent.
	 */
	private static final class Transaction {

		private int start;

		Transaction(int start) {
			this.start = start;
		}

	}

	/**
	 * The statistics of the index as read, of the placements since and of the article
	 * placed, together: as {@link InMemoryStories} counts them, the article included.
	 */
	private record Statistics(IndexRead indexed, RecentPlacements recent,
			StoryFeatures article) implements TermStatistics {

		@Override
		public long articles() {
			return this.indexed.articles() + this.recent.size() + 1;
		}

		@Override
		public long articlesWithTerm(String term) {
			return this.indexed.articlesWithTerm(term) + this.recent.articlesWithTerm(term)
					+ (this.article.terms().containsKey(term) ? 1 : 0);
		}

		@Override
		public long articlesWithEntity(String slug) {
			return this.indexed.articlesWithEntity(slug) + this.recent.articlesWithEntity(slug)
					+ (this.article.entities().containsKey(slug) ? 1 : 0);
		}

	}

}
