package id.warta.search;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import id.warta.system.Dateline;
import id.warta.system.ResultPage;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;
import org.hibernate.search.util.common.data.RangeBoundInclusion;
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

	private static final AggregationKey<Map<String, Long>> BY_OUTLET = AggregationKey.of("outlets");

	/** The analyzer that Hibernate Search applies to query text in the text fields. */
	private static final Analyzer QUERY_ANALYZER = AliasAnalyzer.standard();

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
		SearchPredicateFactory f = session.scope(Article.class).predicate();
		SearchPredicate matching = matching(f, this.aliases.quoteNames(text));
		Optional<SearchPredicate> dates = dates(f, request.from(), request.to());
		Optional<SearchPredicate> outlets = outlets(f, request.outletSlugs());
		int page = Math.max(request.page(), 1);
		var query = session.search(Article.class)
			// The body's stored blocks, for the passage under each hit (Passages).
			.select((p) -> p.composite(p.id(Long.class), p.field(SearchFields.BODY, String.class).list()))
			.where((w) -> {
				BooleanPredicateClausesStep<?, ?> bool = w.bool().must(matching);
				dates.ifPresent(bool::filter);
				outlets.ifPresent(bool::filter);
				return bool;
			})
			.sort((s) -> (request.order() == SearchRequest.Order.NEWEST)
					? s.field(SearchFields.PUBLISHED).desc().missing().last().then().score()
					: s.score().then().field(SearchFields.PUBLISHED).desc().missing().last());
		SearchResult<List<?>> result;
		SearchResult<?> facet;
		if (outlets.isEmpty()) {
			// Without an outlet filter the hits are the facet's hits: one search does.
			result = query.aggregation(BY_OUTLET, ArticleSearch::byOutlet)
				.fetch((page - 1) * request.size(), request.size());
			facet = result;
		}
		else {
			result = query.fetch((page - 1) * request.size(), request.size());
			facet = session.search(Article.class).where((w) -> {
				BooleanPredicateClausesStep<?, ?> bool = w.bool().must(matching);
				dates.ifPresent(bool::filter);
				return bool;
			}).aggregation(BY_OUTLET, ArticleSearch::byOutlet).fetch(0);
		}
		long total = result.total().hitCount();
		ResultPage<SearchHit> hitPage = new ResultPage<>(hits(result.hits(), this.marks.phrases(text)), page,
				request.size(), total);
		List<String> suggested = (total == 0 && page == 1) ? this.suggestions.suggest(text) : List.of();
		return new SearchResults(hitPage, outletCounts(facet.aggregation(BY_OUTLET), facet.total().hitCount()),
				suggested, shortened, result.took().toMillis());
	}

	private static SearchPredicate matching(SearchPredicateFactory f, String queryText) {
		// Lucene's simple query syntax as Hibernate Search's simpleQueryString reads it,
		// with phrases looked up as word pairs (PhraseAwareQueryParser).
		PhraseAwareQueryParser parser = new PhraseAwareQueryParser(QUERY_ANALYZER, Map.of(SearchFields.TEXT, 1.0f),
				Map.of(SearchFields.TEXT, SearchFields.TEXT_PAIRS),
				SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.NOT_OPERATOR
						| SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PRECEDENCE_OPERATORS
						| SimpleQueryParser.WHITESPACE_OPERATOR);
		return f.extension(LuceneExtension.get()).fromLuceneQuery(parser.parse(queryText)).toPredicate();
	}

	/**
	 * Whole days in WIB, the reader's time: {@code to} includes all of its day.
	 */
	private static Optional<SearchPredicate> dates(SearchPredicateFactory f, LocalDate from, LocalDate to) {
		if (from == null && to == null) {
			return Optional.empty();
		}
		OffsetDateTime start = (from != null) ? from.atStartOfDay(Dateline.WIB).toOffsetDateTime() : null;
		OffsetDateTime end = (to != null) ? to.plusDays(1).atStartOfDay(Dateline.WIB).toOffsetDateTime() : null;
		return Optional.of(f.range()
			.field(SearchFields.PUBLISHED)
			.within(Range.between(start, RangeBoundInclusion.INCLUDED, end, RangeBoundInclusion.EXCLUDED))
			.toPredicate());
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

	private static org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep<Map<String, Long>> byOutlet(
			org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory f) {
		return f.terms().field(SearchFields.OUTLET, String.class).maxTermCount(500);
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
