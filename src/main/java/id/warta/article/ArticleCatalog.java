package id.warta.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.warta.system.ResultPage;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads stored articles for the pages: lists without bodies, outlet counts, and single
 * articles in full.
 */
@Service
@Transactional(readOnly = true)
public class ArticleCatalog {

	private final ArticleRepository articles;

	private final OutletRepository outlets;

	private volatile @Nullable OutletCounts outletCounts;

	private final ArticleCopyRepository copies;

	ArticleCatalog(ArticleRepository articles, OutletRepository outlets, ArticleCopyRepository copies) {
		this.articles = articles;
		this.outlets = outlets;
		this.copies = copies;
	}

	/**
	 * Articles newest first, undated ones last.
	 * @param outletSlug only this outlet's articles ({@link OutletSlugs#UNKNOWN} for
	 * those with no known outlet), or all when {@code null}
	 * @param page the page number, from 1
	 * @param size articles per page
	 */
	public ResultPage<ArticleSummary> list(@Nullable String outletSlug, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 1) - 1, size);
		Page<ArticleSummary> result;
		if (outletSlug == null) {
			result = this.articles.findSummaries(request);
		}
		else if (OutletSlugs.UNKNOWN.equals(outletSlug)) {
			result = this.articles.findSummariesWithoutOutlet(request);
		}
		else {
			result = this.articles.findSummariesByOutlet(outletSlug, request);
		}
		return new ResultPage<>(result.getContent(), request.getPageNumber() + 1, size, result.getTotalElements());
	}

	/**
	 * Articles newest first, undated ones last, from any of the given outlets.
	 * @param outletSlugs the outlets ({@link OutletSlugs#UNKNOWN} for articles with no
	 * known outlet); all articles when empty
	 * @param page the page number, from 1
	 * @param size articles per page
	 */
	public ResultPage<ArticleSummary> listFromOutlets(List<String> outletSlugs, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 1) - 1, size);
		Page<ArticleSummary> result = this.articles.findSummariesByOutlets(outletSlugs,
				outletSlugs.contains(OutletSlugs.UNKNOWN), request);
		return new ResultPage<>(result.getContent(), request.getPageNumber() + 1, size, result.getTotalElements());
	}

	/**
	 * Every outlet with its number of articles, most first, then the articles with no
	 * known outlet if there are any.
	 */
	public List<OutletCount> outlets() {
		// Counting groups every article; the outlet filter on each page asks for it, so
		// the
		// counts are kept until the set of articles changes (count or newest id).
		CatalogVersion version = this.articles.version();
		OutletCounts cached = this.outletCounts;
		if (cached != null && cached.version().equals(version)) {
			return cached.counts();
		}
		List<OutletCount> counts = new ArrayList<>(this.articles.countByOutlet());
		long unknown = this.articles.countByOutletIsNull();
		if (unknown > 0) {
			counts.add(new OutletCount(null, OutletSlugs.UNKNOWN, unknown));
		}
		this.outletCounts = new OutletCounts(version, List.copyOf(counts));
		return this.outletCounts.counts();
	}

	/**
	 * The name of the outlet with this URL key.
	 */
	public Optional<String> outletName(String slug) {
		return this.outlets.findBySlug(slug).map(Outlet::getName);
	}

	/**
	 * Every outlet's name by its URL key.
	 */
	public Map<String, String> outletNames() {
		return this.outlets.findAll().stream().collect(Collectors.toMap(Outlet::getSlug, Outlet::getName));
	}

	public long count() {
		return this.articles.count();
	}

	/**
	 * How many stored articles came from sources whose name starts with the prefix.
	 */
	public long countFromSources(String prefix) {
		return this.articles.countBySourceStartingWith(prefix);
	}

	/**
	 * Summaries of the given articles, in the given order; ids that no longer exist are
	 * left out.
	 */
	public List<ArticleSummary> summaries(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, ArticleSummary> byId = this.articles.findSummariesByIds(ids)
			.stream()
			.collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
		return ids.stream().map(byId::get).filter(summary -> summary != null).toList();
	}

	/**
	 * Hands every stored title and body block to {@code consumer}, streaming, without
	 * holding the corpus in memory.
	 */
	public void forEachText(Consumer<String> consumer) {
		try (Stream<String> titles = this.articles.streamTitles()) {
			titles.forEach(consumer);
		}
		try (Stream<String> blocks = this.articles.streamBlockTexts()) {
			blocks.forEach(consumer);
		}
	}

	/**
	 * The other sites that published an article, first seen first.
	 */
	public List<CopyLink> copies(long id) {
		return this.copies.findByArticleIdOrderBySeenAtAscIdAsc(id)
			.stream()
			.map((copy) -> new CopyLink(copy.getUrl(), copy.getOutlet()))
			.toList();
	}

	/**
	 * The story placements of the given articles, those that have one.
	 */
	public List<StoryMember> storyMembers(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.articles.findStoryMembers(ids);
	}

	/**
	 * Article ids in order, the next {@code limit} after {@code after}.
	 */
	public List<Long> idsAfter(long after, int limit) {
		return this.articles.findIdsAfter(after, PageRequest.of(0, limit));
	}

	/**
	 * The first {@code limit} articles, in id order, that belong to no story yet.
	 */
	public List<Long> idsWithoutStory(int limit) {
		return this.articles.findIdsWithoutStory(PageRequest.of(0, limit));
	}

	public Optional<ArticleView> find(long id) {
		return this.articles.findWithBodyById(id).map(ArticleCatalog::toView);
	}

	private static ArticleView toView(Article article) {
		Outlet outlet = article.getOutlet();
		List<ArticleView.BodyBlock> body = article.getBlocks()
			.stream()
			.map(block -> new ArticleView.BodyBlock(block.isHeading(), block.getContent()))
			.toList();
		return new ArticleView(article.getId(), article.getTitle(), (outlet != null) ? outlet.getName() : null,
				(outlet != null) ? outlet.getSlug() : null, article.getAuthor(), article.getPublishedAt(),
				article.isPublishedTimeKnown(), List.copyOf(article.getCitedSources()), body, article.getWordCount(),
				article.getLanguage(), article.getSource());
	}

	private record OutletCounts(CatalogVersion version, List<OutletCount> counts) {
	}

}
