package id.warta.search;

import java.time.LocalDate;
import java.util.HashMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.warta.article.Article;
import id.warta.article.ArticleCatalog;
import id.warta.article.ArticleSummary;
import id.warta.article.OutletCount;
import id.warta.article.OutletSlugs;
import id.warta.article.SearchFields;
import id.warta.article.StoryBadge;
import id.warta.article.StoryBadges;
import id.warta.language.names.Entity;
import id.warta.language.names.Gazetteer;
import id.warta.language.AliasAnalyzer;
import id.warta.language.IndonesianAnalyzer;
import id.warta.system.CoverageChart;
import id.warta.system.Dateline;
import id.warta.system.ResultPage;
import jakarta.persistence.EntityManager;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Query;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches articles by relevance (BM25) or date: words, quoted phrases and excluded words
 * with aliases, any of several outlets, a date range, highlighted fragments, hits per
 * outlet, and "did you mean" suggestions when nothing matches.
 */
@Service
@Transactional(readOnly = true)
public class ArticleSearch {

	/** The analyzer that Hibernate Search applies to query text in the text fields. */
	private static final Analyzer QUERY_ANALYZER = AliasAnalyzer.standard();

	private static final Analyzer LITERAL_ANALYZER = new IndonesianAnalyzer();

	private final EntityManager entityManager;

	private final ArticleCatalog catalog;

	private final QueryAliases aliases;

	private final Suggestions suggestions;

	private final WordMarks marks;

	private final Passages passages;

	private final ObjectProvider<StoryBadges> badges;

	private final SearchEngine engine;

	private final HitSource hitSource;

	/**
	 * The hits in order of the queries asked lately, while the index is as it was: Solr's
	 * query result cache.
	 */
	private final Cache<RowsKey, List<List<?>>> rows = Caffeine.newBuilder()
		.maximumWeight(MAX_CACHED_ROWS)
		.weigher((RowsKey key, List<List<?>> rows) -> rows.size())
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	/** Rows of hits kept, at most: some 50 bytes each. */
	static final long MAX_CACHED_ROWS = 200_000;

	private record RowsKey(Query matching, List<Query> filters, List<String> outlets, boolean newest, int fetch,
			Object snapshot) {
	}

	ArticleSearch(EntityManager entityManager, ArticleCatalog catalog, QueryAliases aliases, Suggestions suggestions,
			ObjectProvider<StoryBadges> badges, SearchEngine engine, HitSource hitSource) {
		this.badges = badges;
		this.engine = engine;
		this.hitSource = hitSource;
		this.entityManager = entityManager;
		this.catalog = catalog;
		this.aliases = aliases;
		this.suggestions = suggestions;
		this.marks = new WordMarks(aliases);
		this.passages = new Passages(this.marks);
	}

	/**
	 * Runs a search, or lists the articles that pass the filters when there is no text.
	 * Query text that the analyzer turns into nothing finds nothing; syntax the parser
	 * cannot read is taken as plain words, never an error. Hits are shown one per story:
	 * the best (or newest) of its articles stands for it.
	 */
	public SearchResults search(SearchRequest request) {
		String given = (request.text() != null) ? request.text().strip() : null;
		boolean shortened = given != null && given.length() > SearchRequest.MAX_LENGTH;
		String text = shortened ? shorten(given) : given;
		SearchSession session = Search.session(this.entityManager);
		int page = Math.max(request.page(), 1);
		Query matching = (text != null) ? matching(this.aliases.quoteNames(text)) : new MatchAllDocsQuery();
		List<Query> filters = filters(request);
		// First every hit once, unscored: the counts and the total.
		BooleanQuery.Builder counted = new BooleanQuery.Builder().add(matching, BooleanClause.Occur.MUST);
		filters.forEach((filter) -> counted.add(filter, BooleanClause.Occur.FILTER));
		Optional<SearchPredicate> outlets = outlets(session.scope(Article.class).predicate(), request.outletSlugs());
		boolean newest = request.order() == SearchRequest.Order.NEWEST || text == null;
		int wanted = page * request.size();
		HitCounts counts;
		List<List<?>> shown;
		long took = 0;
		try (HitSource.Reading reading = this.hitSource.open(session)) {
			Object snapshot = reading.snapshot();
			counts = reading.count(counted.build(), Set.copyOf(request.outletSlugs()),
					request.outletSlugs().contains(OutletSlugs.UNKNOWN), request.weeks());
			// Then the hits, scored, until the page has its stories.
			int fetch = Math.min(MAX_FETCHED, wanted * 3);
			SearchPredicate where = where(session, matching, filters, outlets, false);
			while (true) {
				RowsKey key = (snapshot != null)
						? new RowsKey(matching, filters, request.outletSlugs(), newest, fetch, snapshot) : null;
				List<List<?>> rows = (key != null) ? this.rows.getIfPresent(key) : null;
				if (rows == null) {
					int limit = fetch;
					SearchResult<List<?>> result = session.search(Article.class)
						.select((p) -> p.composite(p.id(Long.class), p.field(SearchFields.STORY, Long.class)))
						.where(where)
						.sort(newest ? this.engine.newestFirst(session) : this.engine.bestFirst(session))
						.totalHitCountThreshold(limit)
						.fetch(limit);
					took += result.took().toMillis();
					rows = result.hits();
					if (key != null) {
						this.rows.put(key, rows);
					}
				}
				shown = onePerStory(rows, (page - 1) * request.size(), request.size());
				if (shown.size() == request.size() || rows.size() < fetch || fetch >= MAX_FETCHED) {
					break;
				}
				fetch = Math.min(MAX_FETCHED, fetch * 4);
			}
		}
		catch (IndexSearcher.TooManyClauses ex) {
			// Hundreds of words with aliases: more than Lucene takes in one query.
			return new SearchResults(new ResultPage<>(List.of(), page, request.size(), 0), List.of(), List.of(),
					shortened, 0);
		}
		boolean passages = text != null;
		long stories = counts.stories() + unplaced(counts);
		ResultPage<SearchHit> hitPage = new ResultPage<>(
				hits(shown, (text != null) ? this.marks.phrases(text) : List.of(), passages), page, request.size(),
				stories);
		List<String> suggested = (text != null && counts.total() == 0 && page == 1) ? this.suggestions.suggest(text)
				: List.of();
		SearchResults.LeftOut leftOut = (request.from() != null || request.to() != null)
				? leftOut(session, matching, request, outlets, counts.selected()) : null;
		return new SearchResults(hitPage, outletCounts(counts.bySlug(), counts.total()), suggested, shortened, took,
				counts.selected(), entityCounts(counts.byEntity()), agencyCounts(counts.byAgency()),
				(counts.weeks() != null) ? CoverageChart.of(counts.weeks(), this.catalog.outletNames()::get) : null,
				leftOut);
	}

	/**
	 * What the date range left out of the articles that the words and other filters keep:
	 * two counts, so that the reader is told rather than left to wonder.
	 */
	private SearchResults.LeftOut leftOut(SearchSession session, Query matching, SearchRequest request,
			Optional<SearchPredicate> outlets, long kept) {
		SearchRequest allDates = new SearchRequest(request.text(), request.outletSlugs(), request.entities(),
				request.agencies(), request.story(), null, null, request.order(), 1, 1, false);
		List<Query> filters = filters(allDates);
		long all = session.search(Article.class)
			.where(where(session, matching, filters, outlets, false))
			.fetchTotalHitCount();
		long undated = session.search(Article.class)
			.where(where(session, matching, filters, outlets, true))
			.fetchTotalHitCount();
		return new SearchResults.LeftOut(Math.max(0, all - kept), undated);
	}

	/**
	 * The words, the filters and the outlets as one predicate, undated articles alone if
	 * asked.
	 */
	private SearchPredicate where(SearchSession session, Query matching, List<Query> filters,
			Optional<SearchPredicate> outlets, boolean undatedOnly) {
		SearchPredicateFactory f = session.scope(Article.class).predicate();
		BooleanPredicateClausesStep<?, ?> bool = f.bool().must(this.engine.predicate(session, matching));
		filters.forEach((filter) -> bool.filter(this.engine.predicate(session, filter)));
		outlets.ifPresent(bool::filter);
		if (undatedOnly) {
			bool.mustNot(f.exists().field(SearchFields.PUBLISHED));
		}
		return bool.toPredicate();
	}

	/**
	 * Stories other than {@code except} whose articles name every one of the entities,
	 * newest first, within {@code days} days of {@code around} when it is given: an
	 * article page's related stories. No counts: one short query.
	 */
	public List<Long> relatedStories(List<String> entities, @Nullable LocalDate around, int days, long except,
			int limit) {
		if (entities.isEmpty()) {
			return List.of();
		}
		SearchSession session = Search.session(this.entityManager);
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		entities.forEach((entity) -> query.add(new TermQuery(new Term(SearchFields.ENTITY, entity)),
				BooleanClause.Occur.FILTER));
		if (around != null) {
			dates(around.minusDays(days), around.plusDays(days))
				.ifPresent((range) -> query.add(range, BooleanClause.Occur.FILTER));
		}
		Query built = query.build();
		List<Long> stories = session.search(Article.class)
			.select((p) -> p.field(SearchFields.STORY, Long.class))
			.where((w) -> w.bool()
				.filter(this.engine.predicate(session, built))
				.mustNot(this.engine.predicate(session, LongPoint.newExactQuery(SearchFields.STORY, except))))
			.sort((s) -> s.field(SearchFields.PUBLISHED).desc().missing().last())
			.fetchHits(limit * 6);
		return stories.stream().filter((story) -> story != null).distinct().limit(limit).toList();
	}

	/**
	 * Hits read at most to fill a page of stories: deeper pages of huge stories get
	 * fewer.
	 */
	static final int MAX_FETCHED = 20_000;

	/**
	 * The rows of the stories from {@code skip} on, {@code size} of them, each story's
	 * first row standing for it; an article of no story stands for itself.
	 */
	private static List<List<?>> onePerStory(List<List<?>> rows, int skip, int size) {
		Set<Long> seen = new HashSet<>();
		List<List<?>> shown = new ArrayList<>();
		int stories = 0;
		for (List<?> row : rows) {
			Long story = (Long) row.get(1);
			if (story != null && !seen.add(story)) {
				continue;
			}
			if (stories++ >= skip) {
				shown.add(row);
				if (shown.size() == size) {
					break;
				}
			}
		}
		return shown;
	}

	/** Selected hits that belong to no story: each counts as its own. */
	private static long unplaced(HitCounts counts) {
		return Math.max(0, counts.selected() - counts.placed());
	}

	/**
	 * The filters other than the words and outlets: days, entities (every one), agencies
	 * (any), story.
	 */
	private static List<Query> filters(SearchRequest request) {
		List<Query> filters = new ArrayList<>();
		dates(request.from(), request.to()).ifPresent(filters::add);
		for (String entity : request.entities()) {
			filters.add(new TermQuery(new Term(SearchFields.ENTITY, entity)));
		}
		if (!request.agencies().isEmpty()) {
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			request.agencies()
				.forEach((agency) -> any.add(new TermQuery(new Term(SearchFields.AGENCY, agency)),
						BooleanClause.Occur.SHOULD));
			filters.add(any.build());
		}
		if (request.story() != null) {
			filters.add(LongPoint.newExactQuery(SearchFields.STORY, request.story()));
		}
		return filters;
	}

	static Query matching(String queryText) {
		// Lucene's simple query syntax as Hibernate Search's simpleQueryString reads it,
		// with phrases looked up as word pairs (PhraseAwareQueryParser).
		PhraseAwareQueryParser parser = new PhraseAwareQueryParser(QUERY_ANALYZER, LITERAL_ANALYZER,
				Map.of(SearchFields.TEXT, 1.0f), Map.of(SearchFields.TEXT, SearchFields.TEXT_PAIRS),
				SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.NOT_OPERATOR
						| SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PRECEDENCE_OPERATORS
						| SimpleQueryParser.WHITESPACE_OPERATOR);
		return parser.parse(queryText);
	}

	/**
	 * Whole days in WIB, the reader's time: {@code to} includes all of its day.
	 */
	private static Optional<Query> dates(LocalDate from, LocalDate to) {
		if (from == null && to == null) {
			return Optional.empty();
		}
		// As Hibernate Search indexes an OffsetDateTime: a point of epoch milliseconds.
		// Days
		// beyond what milliseconds reach leave that end open.
		long start = (from != null && from.getYear() > -100_000) ? startOf(from) : Long.MIN_VALUE;
		long end = (to != null && to.getYear() < 100_000) ? startOf(to.plusDays(1)) - 1 : Long.MAX_VALUE;
		return Optional.of(LongPoint.newRangeQuery(SearchFields.PUBLISHED, start, end));
	}

	private static long startOf(LocalDate day) {
		return day.atStartOfDay(Dateline.WIB).toInstant().toEpochMilli();
	}

	private static Optional<SearchPredicate> outlets(SearchPredicateFactory f, List<String> slugs) {
		if (slugs.isEmpty()) {
			return Optional.empty();
		}
		var any = f.bool();
		for (String slug : slugs) {
			any.should(OutletSlugs.UNKNOWN.equals(slug) ? f.not(f.exists().field(SearchFields.OUTLET))
					: f.match().field(SearchFields.OUTLET).matching(slug));
		}
		return Optional.of(any.toPredicate());
	}

	/**
	 * Cuts the text to {@link SearchRequest#MAX_LENGTH} at a space, so that no word is
	 * cut in half: with all words required, half a word would find nothing.
	 */
	static String shorten(String text) {
		int cut = text.lastIndexOf(' ', SearchRequest.MAX_LENGTH);
		return text.substring(0, (cut > SearchRequest.MAX_LENGTH / 2) ? cut : SearchRequest.MAX_LENGTH).strip();
	}

	private List<SearchHit> hits(List<List<?>> rows, List<List<String>> phrases, boolean passages) {
		List<Long> ids = rows.stream().map((row) -> (Long) row.get(0)).toList();
		Map<Long, ArticleSummary> summaries = this.catalog.summaries(ids)
			.stream()
			.collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
		Map<Long, StoryBadge> badges = badges(rows);
		Map<Long, List<String>> bodies = passages ? bodies(ids) : Map.of();
		List<SearchHit> hits = new ArrayList<>();
		for (List<?> row : rows) {
			ArticleSummary summary = summaries.get((Long) row.get(0));
			if (summary == null) {
				continue;
			}
			StoryBadge badge = (row.get(1) != null) ? badges.get((Long) row.get(1)) : null;
			StoryBadge shown = (badge != null && badge.covered()) ? badge : null;
			if (!passages) {
				hits.add(new SearchHit(summary, TextSegment.plain(summary.title()), TextSegment.plain(summary.lead()),
						shown));
				continue;
			}
			List<TextSegment> title = this.marks.mark(summary.title(), phrases);
			List<String> blocks = bodies.getOrDefault(summary.id(), List.of());
			List<TextSegment> snippet = this.passages.passage(blocks, phrases, summary.lead());
			hits.add(new SearchHit(summary, title, snippet, shown));
		}
		return hits;
	}

	/** The body's stored blocks of the hits shown, for the passage under each. */
	private Map<Long, List<String>> bodies(List<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<String>> bodies = new HashMap<>();
		Search.session(this.entityManager)
			.search(Article.class)
			.select((p) -> p.composite(p.id(Long.class), p.field(SearchFields.BODY, String.class).list()))
			.where((w) -> w.id().matchingAny(ids))
			.fetchHits(ids.size())
			.forEach((row) -> {
				@SuppressWarnings("unchecked")
				List<String> blocks = (List<String>) row.get(1);
				bodies.put((Long) row.get(0), blocks);
			});
		return bodies;
	}

	private Map<Long, StoryBadge> badges(List<List<?>> rows) {
		StoryBadges badges = this.badges.getIfAvailable();
		List<Long> stories = rows.stream().map((row) -> (Long) row.get(1)).filter((id) -> id != null).toList();
		return (badges == null || stories.isEmpty()) ? Map.of() : badges.of(stories);
	}

	/** The entities most named by the hits, most first. */
	private List<TagCount> entityCounts(Map<String, Long> bySlug) {
		return top(bySlug, (slug) -> Gazetteer.standard().bySlug(slug).map(Entity::name).orElse(null), MAX_ENTITIES);
	}

	/** The agencies the hits credit, most first. */
	private List<TagCount> agencyCounts(Map<String, Long> bySlug) {
		Map<String, String> names = this.catalog.agencyNames(bySlug.keySet());
		return top(bySlug, names::get, MAX_AGENCIES);
	}

	private static List<TagCount> top(Map<String, Long> counts, Function<String, @Nullable String> name, int limit) {
		List<TagCount> tags = new ArrayList<>();
		counts.forEach((slug, count) -> {
			String shown = name.apply(slug);
			if (shown != null) {
				tags.add(new TagCount(slug, shown, count));
			}
		});
		if (tags.size() > limit) {
			// Only tags as frequent as the limit-th are sorted by name too.
			long[] sorted = tags.stream().mapToLong(TagCount::count).sorted().toArray();
			long least = sorted[sorted.length - limit];
			tags.removeIf((tag) -> tag.count() < least);
		}
		tags.sort(Comparator.comparingLong(TagCount::count).reversed().thenComparing(TagCount::name));
		return (tags.size() > limit) ? List.copyOf(tags.subList(0, limit)) : tags;
	}

	/** Entities and agencies in a facet, at most. */
	static final int MAX_ENTITIES = 15;

	static final int MAX_AGENCIES = 12;

	/**
	 * Hits per outlet, most first, the articles of no known outlet last; so that the
	 * facet shows every outlet the reader can add to the filter.
	 */
	private List<OutletCount> outletCounts(Map<String, Long> bySlug, long total) {
		Map<String, String> names = this.catalog.outletNames();
		List<OutletCount> counts = new ArrayList<>();
		long known = 0;
		for (Map.Entry<String, Long> outlet : bySlug.entrySet()) {
			String name = names.get(outlet.getKey());
			if (name != null && outlet.getValue() > 0) {
				counts.add(new OutletCount(name, outlet.getKey(), outlet.getValue()));
				known += outlet.getValue();
			}
		}
		counts.sort((a, b) -> (a.count() != b.count()) ? Long.compare(b.count(), a.count())
				: a.name().compareToIgnoreCase(b.name()));
		if (total > known) {
			counts.add(new OutletCount(null, OutletSlugs.UNKNOWN, total - known));
		}
		return counts;
	}

}
