package id.warta.article;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.warta.language.names.Agencies;
import id.warta.language.names.Agency;
import id.warta.language.names.Gazetteer;
import id.warta.system.ResultPage;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads stored articles for the pages: lists without bodies, outlet counts, and single
 * articles in full.
 */
@Service
@Transactional(readOnly = true)
public class ArticleCatalog {

	private final ArticleRepository articles;

	private final OutletRepository outlets;

	/**
	 * How long the version read from the database stands, with this node's own stores.
	 */
	static final Duration VERSION_LIFETIME = Duration.ofSeconds(1);

	private final VersionedValue<List<OutletCount>> outletCounts = new VersionedValue<>();

	// Articles this node has stored (committed), and the newest id among them.
	private final AtomicLong storedHere = new AtomicLong();

	private final AtomicLong newestStoredHere = new AtomicLong();

	private final AtomicBoolean rereading = new AtomicBoolean();

	private final Executor rereader;

	private final LongSupplier nanoTime;

	private volatile @Nullable ReadVersion readVersion;

	private final ArticleCopyRepository copies;

	// Names of agencies that the agency file does not list, as articles gave them.
	private final Map<String, String> unlistedAgencies = new java.util.concurrent.ConcurrentHashMap<>();

	@Autowired
	ArticleCatalog(ArticleRepository articles, OutletRepository outlets, ArticleCopyRepository copies) {
		this(articles, outlets, copies, System::nanoTime, VersionedValue.REFRESHER);
	}

	ArticleCatalog(ArticleRepository articles, OutletRepository outlets, ArticleCopyRepository copies,
			LongSupplier nanoTime, Executor rereader) {
		this.articles = articles;
		this.outlets = outlets;
		this.copies = copies;
		this.nanoTime = nanoTime;
		this.rereader = rereader;
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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<OutletCount> outlets() {
		// Counting groups every article; the outlet filter on each page asks for it, so
		// the counts are kept until the set of articles changes (count or newest id).
		return this.outletCounts.get(catalogVersion(), () -> {
			List<OutletCount> counts = new ArrayList<>(this.articles.countByOutlet());
			long unknown = this.articles.countByOutletIsNull();
			if (unknown > 0) {
				counts.add(new OutletCount(null, OutletSlugs.UNKNOWN, unknown));
			}
			return List.copyOf(counts);
		});
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
	 * What changes whenever articles are stored or deleted: for caches of counts over all
	 * articles.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public String version() {
		CatalogVersion version = catalogVersion();
		return version.count() + "/" + version.newestId();
	}

	/**
	 * The version as the database last gave it, with the articles this node has stored
	 * since (each one more, its id the newest): asked again, on the thread that counts,
	 * {@link #VERSION_LIFETIME} after, for what other nodes store. Counting the articles
	 * reads every row while an ingest writes; every page asks, and asking the database
	 * each time took the connections that the pages need. A transaction that may have
	 * written asks each time: only it sees what it wrote.
	 */
	private CatalogVersion catalogVersion() {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return this.articles.version();
		}
		ReadVersion read = this.readVersion;
		if (read == null) {
			read = readVersion();
		}
		else if (this.nanoTime.getAsLong() - read.at() >= VERSION_LIFETIME.toNanos()
				&& this.rereading.compareAndSet(false, true)) {
			// Asked again on the thread that counts; readers meanwhile go on with the
			// last
			// answer.
			try {
				this.rereader.execute(this::reread);
			}
			catch (RejectedExecutionException ex) {
				this.rereading.set(false);
			}
		}
		long since = this.storedHere.get() - read.stored();
		return new CatalogVersion(read.version().count() + since,
				Math.max(read.version().newestId(), (since > 0) ? this.newestStoredHere.get() : 0));
	}

	private ReadVersion readVersion() {
		long stored = this.storedHere.get();
		ReadVersion read = new ReadVersion(this.articles.version(), stored, this.nanoTime.getAsLong());
		this.readVersion = read;
		return read;
	}

	private void reread() {
		try {
			readVersion();
		}
		finally {
			this.rereading.set(false);
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void stored(ArticleStored event) {
		this.newestStoredHere.accumulateAndGet(event.id(), Math::max);
		this.storedHere.incrementAndGet();
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
	 * The articles of a story, first published first, with what the story page compares.
	 */
	public ResultPage<StoryVersion> storyVersions(long storyId, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 1) - 1, size);
		Page<ArticleSummary> summaries = this.articles.findStorySummaries(storyId, request);
		List<Long> ids = summaries.getContent().stream().map(ArticleSummary::id).toList();
		Map<Long, List<String>> agencies = new java.util.HashMap<>();
		Map<Long, List<StoryVersion.QuoteView>> quotes = new java.util.HashMap<>();
		Map<Long, String> sources = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			this.articles.findAgenciesOf(ids)
				.forEach((row) -> agencies.computeIfAbsent((Long) row[0], (id) -> new ArrayList<>())
					.add((String) row[1]));
			this.articles.findQuotesOf(ids)
				.forEach((row) -> quotes.computeIfAbsent((Long) row[0], (id) -> new ArrayList<>())
					.add(new StoryVersion.QuoteView((String) row[1], (String) row[2], (String) row[3],
							(Boolean) row[4])));
			this.articles.findSourcesOf(ids).forEach((row) -> sources.put((Long) row[0], (String) row[1]));
		}
		Map<Long, List<String>> bodies = bodies(ids);
		List<StoryVersion> versions = summaries.getContent()
			.stream()
			.map((summary) -> new StoryVersion(summary, agencies.getOrDefault(summary.id(), List.of()),
					quotes.getOrDefault(summary.id(), List.of()), bodies.getOrDefault(summary.id(), List.of()),
					original(sources.get(summary.id()))))
			.toList();
		return new ResultPage<>(versions, request.getPageNumber() + 1, size, summaries.getTotalElements());
	}

	/**
	 * When and where the articles of a story came out, first first, at most
	 * {@code limit}.
	 */
	public List<StoryMoment> storyMoments(long storyId, int limit) {
		return this.articles.findStoryMoments(storyId, PageRequest.of(0, limit));
	}

	/**
	 * The paragraphs of a story's newest {@code limit} articles, by article.
	 */
	public Map<Long, List<String>> storyBodies(long storyId, int limit) {
		return bodies(this.articles.findStoryArticleIds(storyId, PageRequest.of(0, limit)));
	}

	/**
	 * The slugs of the entities an article names, the most named first.
	 */
	public List<String> entitiesOf(long articleId) {
		return this.articles.findEntitiesOf(articleId).stream().map((row) -> (String) row[1]).toList();
	}

	private Map<Long, List<String>> bodies(List<Long> ids) {
		Map<Long, List<String>> bodies = new java.util.LinkedHashMap<>();
		if (!ids.isEmpty()) {
			this.articles.findBlocksOf(ids)
				.forEach(
						(row) -> bodies.computeIfAbsent((Long) row[0], (id) -> new ArrayList<>()).add((String) row[1]));
		}
		return bodies;
	}

	/** The article's address on the web, when its source is one. */
	static @Nullable String original(@Nullable String source) {
		if (source == null) {
			return null;
		}
		String lower = source.toLowerCase(java.util.Locale.ROOT);
		return (lower.startsWith("https://") || lower.startsWith("http://")) ? source : null;
	}

	/**
	 * The names that the given agency slugs stand for: the agency file's, or for an
	 * agency it does not list, the name a stored article gave it.
	 */
	public Map<String, String> agencyNames(Collection<String> slugs) {
		Map<String, String> names = new java.util.HashMap<>();
		for (String slug : slugs) {
			String name = Agencies.standard().bySlug(slug).map(Agency::name).orElse(null);
			if (name == null) {
				name = this.unlistedAgencies.computeIfAbsent(slug,
						(key) -> this.articles.findAgencyName(key, PageRequest.of(0, 1))
							.stream()
							.findFirst()
							.orElse(""));
			}
			if (!name.isEmpty()) {
				names.put(slug, name);
			}
		}
		return names;
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
		List<ArticleView.EntityLink> entities = article.getEntities()
			.stream()
			.map((entity) -> Gazetteer.standard()
				.bySlug(entity.getSlug())
				.map((known) -> new ArticleView.EntityLink(known.slug(), known.name())))
			.flatMap(Optional::stream)
			.toList();
		List<String> agencies = article.getAgencies().stream().map(ArticleAgency::getName).toList();
		List<StoryVersion.QuoteView> quotes = article.getQuotes()
			.stream()
			.map((quote) -> new StoryVersion.QuoteView(quote.getSpeaker(), quote.getSpeakerEntity(), quote.getText(),
					quote.isDirect()))
			.toList();
		return new ArticleView(article.getId(), article.getTitle(), (outlet != null) ? outlet.getName() : null,
				(outlet != null) ? outlet.getSlug() : null, article.getAuthor(), article.getPublishedAt(),
				article.isPublishedTimeKnown(), List.copyOf(article.getCitedSources()), body, article.getWordCount(),
				article.getLanguage(), article.getSource(), article.getStoryId(), entities, agencies, quotes);
	}

	/**
	 * The version the database gave, with the articles this node had stored and the time.
	 */
	private record ReadVersion(CatalogVersion version, long stored, long at) {
	}

}
