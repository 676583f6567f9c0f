package id.warta.story;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.warta.article.ArticleCatalog;
import id.warta.article.ArticleSummary;
import id.warta.article.StoryBadge;
import id.warta.article.StoryBadges;
import id.warta.article.VersionedValue;
import id.warta.system.ResultPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads stories for the pages: the newest first with their representative articles, one
 * story's facts, and the badges that lists of articles show.
 */
@Service
@Transactional(readOnly = true)
public class StoryDirectory implements StoryBadges {

	private final StoryRepository stories;

	private final ArticleCatalog catalog;

	private final VersionedValue<ResultPage<StoryCard>> firstPage = new VersionedValue<>();

	// Stories made again without new articles (restory): the first page is read again.
	private final AtomicLong rebuilds = new AtomicLong();

	StoryDirectory(StoryRepository stories, ArticleCatalog catalog) {
		this.stories = stories;
		this.catalog = catalog;
	}

	@Override
	public Map<Long, StoryBadge> of(Collection<Long> storyIds) {
		if (storyIds.isEmpty()) {
			return Map.of();
		}
		return this.stories.findRows(storyIds)
			.stream()
			.collect(Collectors.toMap(StoryBadgeRow::id, StoryDirectory::badge, (a, b) -> a));
	}

	/**
	 * Stories by their newest article, newest first, each with its representative
	 * article.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ResultPage<StoryCard> newest(int page, int size) {
		if (page <= 1) {
			// The home page: read by every visitor, kept until the articles change.
			return this.firstPage.get(this.catalog.version() + "/" + this.rebuilds.get() + "/" + size,
					() -> read(1, size));
		}
		return read(page, size);
	}

	private ResultPage<StoryCard> read(int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 1) - 1, size);
		Page<StoryBadgeRow> rows = this.stories.findNewest(request);
		List<Long> leads = rows.getContent()
			.stream()
			.map(StoryBadgeRow::leadArticleId)
			.filter((id) -> id != null)
			.toList();
		Map<Long, ArticleSummary> summaries = this.catalog.summaries(leads)
			.stream()
			.collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
		List<StoryCard> cards = rows.getContent()
			.stream()
			.filter((row) -> row.leadArticleId() != null && summaries.containsKey(row.leadArticleId()))
			.map((row) -> new StoryCard(summaries.get(row.leadArticleId()), badge(row)))
			.toList();
		return new ResultPage<>(cards, request.getPageNumber() + 1, size, rows.getTotalElements());
	}

	/** The stories were made again from the articles already stored. */
	void storiesRebuilt() {
		this.rebuilds.incrementAndGet();
	}

	/** One story's facts. */
	Optional<StoryBadgeRow> row(long id) {
		return this.stories.findRow(id);
	}

	public long count() {
		return this.stories.count();
	}

	static StoryBadge badge(StoryBadgeRow row) {
		return new StoryBadge(row.id(), row.title(), row.articles(), row.outlets());
	}

}
