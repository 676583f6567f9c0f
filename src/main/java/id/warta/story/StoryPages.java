package id.warta.story;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.warta.article.ArticleCatalog;
import id.warta.article.ArticleView;
import id.warta.article.StoryBadge;
import id.warta.article.StoryContext;
import id.warta.article.StoryMoment;
import id.warta.article.StoryVersion;
import id.warta.search.ArticleSearch;
import id.warta.search.SearchRequest;
import id.warta.search.SearchResults;
import id.warta.system.CoverageChart;
import id.warta.system.Dateline;
import id.warta.system.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the story pages and an article's story context. What only each version reports
 * is computed once per story and number of articles, over the story's newest
 * {@value #COMPARED} versions.
 */
@Service
@Transactional(readOnly = true)
class StoryPages implements StoryContext {

	static final int VERSIONS_PER_PAGE = 20;

	/** Versions compared for what only one of them reports. */
	static final int COMPARED = 200;

	/** Versions on the timeline and in the chart, at most. */
	static final int MOMENTS = 2000;

	static final int RELATED = 5;

	private final StoryDirectory directory;

	private final ArticleCatalog catalog;

	private final ArticleSearch search;

	private final Cache<String, StoryDifferences.Own> differences = Caffeine.newBuilder().maximumSize(500).build();

	StoryPages(StoryDirectory directory, ArticleCatalog catalog, ArticleSearch search) {
		this.directory = directory;
		this.catalog = catalog;
		this.search = search;
	}

	Optional<StoryPage> page(long id, int page) {
		return this.directory.row(id).map((row) -> build(row, page));
	}

	private StoryPage build(StoryBadgeRow row, int page) {
		ResultPage<StoryVersion> versions = this.catalog.storyVersions(row.id(), page, VERSIONS_PER_PAGE);
		StoryDifferences.Own own = this.differences.get(row.id() + "/" + row.articles(),
				(key) -> StoryDifferences.of(this.catalog.storyBodies(row.id(), COMPARED)));
		ResultPage<StoryPage.Version> shown = versions.map((version) -> {
			List<StoryVersion.QuoteView> ownQuotes = version.quotes()
				.stream()
				.filter((quote) -> quote.direct() && own.isOwn(quote.text()))
				.limit(3)
				.toList();
			List<String> speakers = new ArrayList<>(
					new LinkedHashSet<>(version.quotes().stream().map(StoryVersion.QuoteView::speaker).toList()));
			return new StoryPage.Version(version, own.sentences().getOrDefault(version.article().id(), List.of()),
					ownQuotes, speakers);
		});
		List<StoryMoment> moments = this.catalog.storyMoments(row.id(), MOMENTS);
		OffsetDateTime first = moments.stream()
			.map(StoryMoment::publishedAt)
			.filter((at) -> at != null)
			.findFirst()
			.orElse(null);
		List<StoryPage.Moment> timeline = moments.stream()
			.map((moment) -> new StoryPage.Moment(moment,
					(first != null && moment.publishedAt() != null) ? Duration.between(first, moment.publishedAt())
							: null))
			.toList();
		SearchResults facts = this.search.search(new SearchRequest(null, List.of(), List.of(), List.of(), row.id(),
				null, null, SearchRequest.Order.NEWEST, 1, 1, false));
		return new StoryPage(row.id(), row.title(), row.articles(), row.outlets(), row.firstDay(), row.lastDay(), shown,
				timeline, chart(moments), facts.agencies(), facts.entities());
	}

	/** Articles per week and outlet, from the versions' publication days. */
	private static CoverageChart chart(List<StoryMoment> moments) {
		Map<LocalDate, Map<String, Long>> weeks = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		for (StoryMoment moment : moments) {
			if (moment.publishedAt() == null) {
				continue;
			}
			LocalDate day = moment.publishedAt().atZoneSameInstant(Dateline.WIB).toLocalDate();
			LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1);
			String slug = (moment.outletSlug() != null) ? moment.outletSlug() : "";
			if (moment.outletName() != null) {
				names.put(slug, moment.outletName());
			}
			weeks.computeIfAbsent(monday, (week) -> new HashMap<>()).merge(slug, 1L, Long::sum);
		}
		return CoverageChart.of(weeks, names::get);
	}

	@Override
	public Optional<ArticleStory> of(ArticleView article) {
		Long storyId = article.storyId();
		if (storyId == null) {
			return Optional.empty();
		}
		StoryBadge badge = this.directory.of(List.of(storyId)).get(storyId);
		if (badge == null) {
			return Optional.empty();
		}
		return Optional.of(new ArticleStory(badge, related(article, storyId)));
	}

	/**
	 * Other stories that name the article's two most named entities, newest first within
	 * a month of it.
	 */
	private List<StoryBadge> related(ArticleView article, long storyId) {
		List<String> entities = article.entities().stream().limit(2).map(ArticleView.EntityLink::slug).toList();
		LocalDate day = (article.publishedAt() != null)
				? article.publishedAt().atZoneSameInstant(Dateline.WIB).toLocalDate() : null;
		List<Long> others = this.search.relatedStories(entities, day, RELATED_DAYS, storyId, RELATED);
		Map<Long, StoryBadge> badges = this.directory.of(others);
		return others.stream().map(badges::get).filter((badge) -> badge != null).toList();
	}

	static final int RELATED_DAYS = 31;

}
