package id.warta.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.warta.article.Article;
import id.warta.article.ArticleCatalog;
import id.warta.article.ArticleSummary;
import id.warta.article.OutletCount;
import id.warta.article.OutletSlugs;
import id.warta.article.SearchFields;
import id.warta.language.AliasAnalyzer;
import id.warta.language.IndonesianAnalyzer;
import id.warta.system.Dateline;
import id.warta.system.ResultPage;
import jakarta.persistence.EntityManager;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.search.predicate.dsl.LuceneSearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
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

	ArticleSearch(EntityManager entityManager, ArticleCatalog catalog, QueryAliases aliases, Suggestions suggestions) {
		this.entityManager = entityManager;
		this.catalog = catalog;
		this.aliases = aliases;
		this.suggestions = suggestions;
		this.marks = new WordMarks(aliases);
		this.passages = new Passages(this.marks);
	}

	/**
	 * Runs a search. Query text that the analyzer turns into nothing finds nothing;
	 * syntax the parser cannot read is taken as plain words, never an error.
	 */
	public SearchResults search(SearchRequest request) {
		String text = request.text().strip();
		boolean shortened = text.length() > SearchRequest.MAX_LENGTH;
		if (shortened) {
			text = shorten(text);
		}
		SearchSession session = Search.session(this.entityManager);
		LuceneSearchPredicateFactory f = session.scope(Article.class).predicate().extension(LuceneExtension.get());
		int page = Math.max(request.page(), 1);
		Query matching = matching(this.aliases.quoteNames(text));
		Optional<Query> dates = dates(request.from(), request.to());
		// First every hit once, unscored: the outlet counts and the total.
		Query counted = dates
			.<Query>map((range) -> new BooleanQuery.Builder().add(matching, BooleanClause.Occur.MUST)
				.add(range, BooleanClause.Occur.FILTER)
				.build())
			.orElse(matching);
		OutletCounts counts;
		try {
			counts = OutletCounts.count(session.scope(Article.class).extension(LuceneExtension.get()), counted);
		}
		catch (IndexSearcher.TooManyClauses ex) {
			// Hundreds of words with aliases: more than Lucene takes in one query.
			return new SearchResults(new ResultPage<>(List.of(), page, request.size(), 0), List.of(), List.of(),
					shortened, 0);
		}
		long total = counts.total(request.outletSlugs());
		// Then the page of hits, scored; the count being known, Lucene may skip the hits
		// that cannot reach the page.
		Optional<SearchPredicate> outlets = outlets(f, request.outletSlugs());
		SearchResult<List<?>> result = session.search(Article.class)
			// The body's stored blocks, for the passage under each hit (Passages).
			.select((p) -> p.composite(p.id(Long.class), p.field(SearchFields.BODY, String.class).list()))
			.where((w) -> {
				BooleanPredicateClausesStep<?, ?> bool = w.bool().must(f.fromLuceneQuery(matching));
				dates.ifPresent((range) -> bool.filter(f.fromLuceneQuery(range)));
				outlets.ifPresent(bool::filter);
				return bool;
			})
			.sort((s) -> (request.order() == SearchRequest.Order.NEWEST)
					? s.field(SearchFields.PUBLISHED).desc().missing().last().then().score()
					: s.score().then().field(SearchFields.PUBLISHED).desc().missing().last())
			.totalHitCountThreshold((long) page * request.size())
			.fetch((page - 1) * request.size(), request.size());
		ResultPage<SearchHit> hitPage = new ResultPage<>(hits(result.hits(), this.marks.phrases(text)), page,
				request.size(), total);
		List<String> suggested = (total == 0 && page == 1) ? this.suggestions.suggest(text) : List.of();
		return new SearchResults(hitPage, outletCounts(counts.bySlug(), counts.total()), suggested, shortened,
				result.took().toMillis());
	}

	private static Query matching(String queryText) {
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
		long start = (from != null) ? from.atStartOfDay(Dateline.WIB).toInstant().toEpochMilli() : Long.MIN_VALUE;
		long end = (to != null) ? to.plusDays(1).atStartOfDay(Dateline.WIB).toInstant().toEpochMilli() - 1
				: Long.MAX_VALUE;
		return Optional.of(LongPoint.newRangeQuery(SearchFields.PUBLISHED, start, end));
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

	private List<SearchHit> hits(List<List<?>> rows, List<List<String>> phrases) {
		List<Long> ids = rows.stream().map((row) -> (Long) row.get(0)).toList();
		Map<Long, ArticleSummary> summaries = this.catalog.summaries(ids)
			.stream()
			.collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
		List<SearchHit> hits = new ArrayList<>();
		for (List<?> row : rows) {
			ArticleSummary summary = summaries.get((Long) row.get(0));
			if (summary == null) {
				continue;
			}
			List<TextSegment> title = this.marks.mark(summary.title(), phrases);
			@SuppressWarnings("unchecked")
			List<String> blocks = (List<String>) row.get(1);
			List<TextSegment> snippet = this.passages.passage(blocks, phrases, summary.lead());
			hits.add(new SearchHit(summary, title, snippet));
		}
		return hits;
	}

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
