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
 * candidates come from the search index (articles committed before) and from the articles
 * placed earlier in the same transaction (a batch); the best matching story is joined, or
 * a new one started.
 * <p>
 * Placements are serialised: a transaction that places an article holds the placing lock
 * until it has committed (or rolled back), so that the next placement sees this one in
 * the index. The same articles in the same order give the same stories.
 */
@Component
class StoryAssigner implements StoryPlacement {

	private final StoryFeatureReader reader = new StoryFeatureReader();

	private final StoryIndex index;

	private final StoryRepository stories;

	private final Clock clock;

	private final ReentrantLock lock = new ReentrantLock();

	/**
	 * Only stories from this id on are joined: {@code restory} sets it to its first
	 * story's.
	 */
	private volatile long minStoryId;

	StoryAssigner(StoryIndex index, StoryRepository stories, Clock clock) {
		this.index = index;
		this.stories = stories;
		this.clock = clock;
	}

	@Override
	public Placement place(Candidate article) {
		StoryFeatures features = this.reader.read(article.title(), article.paragraphs(), article.publishedDay(),
				article.mentions());
		List<StoryCandidate> pending = lockForTransaction();
		long storyId;
		IndexStatistics statistics = this.index.statistics();
		{
			StoryMatcher matcher = new StoryMatcher(statistics);
			List<StoryCandidate> candidates = new ArrayList<>(
					this.index.candidates(features, matcher.similarity(), this.minStoryId));
			candidates.addAll(pending);
			// The candidate stories as this transaction has them (a batch may have grown
			// them).
			Map<Long, Story> known = new HashMap<>();
			candidates.stream()
				.map(StoryCandidate::story)
				.distinct()
				.forEach((id) -> this.stories.findById(id).ifPresent((story) -> known.put(id, story)));
			OptionalLong joined = matcher.match(features, candidates, (id) -> {
				Story story = known.get(id);
				return (story != null) ? new LocalDate[] { story.getFirstDay(), story.getLastDay() } : null;
			});
			Story story = joined.isPresent() ? known.get(joined.getAsLong()) : null;
			if (story == null) {
				story = newStory();
			}
			story.add(article.id(), article.title(), features.titleTerms(), features.day(), article.published(),
					article.outletSlug(), matcher.similarity()::termWeight, this.clock.instant());
			storyId = this.stories.save(story).getId();
		}
		pending.add(new StoryCandidate(storyId, features));
		return new Placement(storyId, features.day(), features.encode());
	}

	/** Leaves out the stories numbered below {@code storyId}, or none with 0. */
	void joinOnlyFrom(long storyId) {
		this.minStoryId = storyId;
	}

	private Story newStory() {
		return new Story(this.clock.instant());
	}

	/**
	 * Takes the placing lock for the current transaction, until it completes, and gives
	 * the candidates that this transaction placed so far.
	 */
	@SuppressWarnings("unchecked")
	private List<StoryCandidate> lockForTransaction() {
		List<StoryCandidate> pending = (List<StoryCandidate>) TransactionSynchronizationManager.getResource(this);
		if (pending != null) {
			return pending;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("Articles are placed in stories inside their storing transaction");
		}
		this.lock.lock();
		List<StoryCandidate> placed = new ArrayList<>();
		TransactionSynchronizationManager.bindResource(this, placed);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(StoryAssigner.this);
				StoryAssigner.this.lock.unlock();
			}

		});
		return placed;
	}

}
