package id.warta.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Groups articles into stories in memory, one at a time in the order given, with the same
 * matcher as the server: what the {@code stories} command runs on its inputs alone. Every
 * earlier article is a candidate, and the statistics of terms are those of the articles
 * given so far.
 */
public final class InMemoryStories implements TermStatistics {

	private final List<StoryCandidate> members = new ArrayList<>();

	private final Map<String, Integer> termCounts = new HashMap<>();

	private final Map<String, Integer> entityCounts = new HashMap<>();

	private final Map<Long, LocalDate[]> spans = new HashMap<>();

	private final StoryWeights weights;

	private long nextStory = 1;

	public InMemoryStories() {
		this(StoryWeights.STANDARD);
	}

	InMemoryStories(StoryWeights weights) {
		this.weights = weights;
	}

	/**
	 * Places the next article.
	 * @return the number of its story, from 1 in order of first article
	 */
	public long add(StoryFeatures article) {
		article.terms().keySet().forEach((term) -> this.termCounts.merge(term, 1, Integer::sum));
		article.entities().keySet().forEach((slug) -> this.entityCounts.merge(slug, 1, Integer::sum));
		OptionalLong joined = new StoryMatcher(this, this.weights).match(article, this.members, this.spans::get);
		long story = joined.orElseGet(() -> this.nextStory++);
		if (article.day() != null) {
			LocalDate day = article.day();
			this.spans.merge(story, new LocalDate[] { day, day }, (span, added) -> new LocalDate[] {
					day.isBefore(span[0]) ? day : span[0], day.isAfter(span[1]) ? day : span[1] });
		}
		this.members.add(new StoryCandidate(story, article));
		return story;
	}

	@Override
	public long articles() {
		return this.members.size() + 1;
	}

	@Override
	public long articlesWithTerm(String term) {
		return this.termCounts.getOrDefault(term, 0);
	}

	@Override
	public long articlesWithEntity(String slug) {
		return this.entityCounts.getOrDefault(slug, 0);
	}

}
