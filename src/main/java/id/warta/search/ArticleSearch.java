package id.warta.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.warta.article.Article;
import id.warta.article.ArticleCatalog;
import id.warta.article.ArticleSummary;
import id.warta.article.OutletCount;
import id.warta.article.OutletSlugs;
import id.warta.article.SearchFields;
import id.warta.system.ResultPage;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches articles by relevance (BM25) or date, with the outlet filter and highlighted
 * fragments.
 */
@Service
@Transactional(readOnly = true)
public class ArticleSearch {

	private static final AggregationKey<Map<String, Long>> BY_OUTLET = AggregationKey.of("outlets");

	private static final int FRAGMENT_SIZE = 220;

	/** Highlights whole titles, where the body's highlighter shows one fragment. */
	private static final String TITLE_HIGHLIGHTER = "title";

	/** Longest title as stored, so that the title's highlight is the whole title. */
	private static final int TITLE_LENGTH = 1000;

	private final EntityManager entityManager;

	private final ArticleCatalog catalog;

	ArticleSearch(EntityManager entityManager, ArticleCatalog catalog) {
		this.entityManager = entityManager;
		this.catalog = catalog;
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
		String queryText = text;
		SearchSession session = Search.session(this.entityManager);
		int page = Math.max(request.page(), 1);
		SearchResult<List<?>> result = session.search(Article.class)
			.select((f) -> f.composite(f.id(Long.class), f.highlight(SearchFields.TITLE).highlighter(TITLE_HIGHLIGHTER),
					f.highlight(SearchFields.BODY)))
			.where((f, root) -> {
				root.add(f.simpleQueryString()
					.field(SearchFields.TITLE)
					.boost(2.0f)
					.field(SearchFields.BODY)
					.matching(queryText)
					.defaultOperator(org.hibernate.search.engine.search.common.BooleanOperator.AND)
					.flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE,
							SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE));
				String slug = request.outletSlug();
				if (slug != null) {
					root.add(OutletSlugs.UNKNOWN.equals(slug) ? f.not(f.exists().field(SearchFields.OUTLET))
							: f.match().field(SearchFields.OUTLET).matching(slug));
				}
			})
			.sort((f) -> (request.order() == SearchRequest.Order.NEWEST)
					? f.field(SearchFields.PUBLISHED).desc().missing().last().then().score()
					: f.score().then().field(SearchFields.PUBLISHED).desc().missing().last())
			// Plain highlighters: Lucene's unified highlighter cannot limit the fragment
			// size, so every search failed with it.
			.highlighter((h) -> h.plain()
				.tag(TextSegment.OPEN, TextSegment.CLOSE)
				.fragmentSize(FRAGMENT_SIZE)
				.numberOfFragments(1)
				.noMatchSize(0))
			.highlighter(TITLE_HIGHLIGHTER,
					(h) -> h.plain()
						.tag(TextSegment.OPEN, TextSegment.CLOSE)
						.fragmentSize(TITLE_LENGTH)
						.numberOfFragments(1)
						.noMatchSize(0))
			.fetch((page - 1) * request.size(), request.size());
		List<SearchHit> hits = hits(result.hits());
		ResultPage<SearchHit> hitPage = new ResultPage<>(hits, page, request.size(), result.total().hitCount());
		return new SearchResults(hitPage, outletCounts(session, queryText), shortened, result.took().toMillis());
	}

	/**
	 * Cuts the text to {@link SearchRequest#MAX_LENGTH} at a space, so that no word is
	 * cut in half: with all words required, half a word would find nothing.
	 */
	static String shorten(String text) {
		int cut = text.lastIndexOf(' ', SearchRequest.MAX_LENGTH);
		return text.substring(0, (cut > SearchRequest.MAX_LENGTH / 2) ? cut : SearchRequest.MAX_LENGTH).strip();
	}

	private List<SearchHit> hits(List<List<?>> rows) {
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
			List<TextSegment> title = first(row.get(1)).map(TextSegment::parse)
				.orElseGet(() -> TextSegment.plain(summary.title()));
			List<TextSegment> snippet = first(row.get(2)).map(TextSegment::parse)
				.orElseGet(() -> TextSegment.plain(summary.lead()));
			hits.add(new SearchHit(summary, title, snippet));
		}
		return hits;
	}

	private static java.util.Optional<String> first(Object highlights) {
		return ((List<?>) highlights).stream().map(String.class::cast).findFirst();
	}

	/**
	 * Hits per outlet for the query alone, so that the facet shows every outlet the
	 * reader can switch to.
	 */
	private List<OutletCount> outletCounts(SearchSession session, String queryText) {
		SearchResult<?> result = session.search(Article.class)
			.where((f) -> f.simpleQueryString()
				.field(SearchFields.TITLE)
				.field(SearchFields.BODY)
				.matching(queryText)
				.defaultOperator(org.hibernate.search.engine.search.common.BooleanOperator.AND)
				.flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE,
						SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE))
			.aggregation(BY_OUTLET, (f) -> f.terms().field(SearchFields.OUTLET, String.class).maxTermCount(500))
			.fetch(0);
		Map<String, Long> bySlug = result.aggregation(BY_OUTLET);
		List<OutletCount> counts = new ArrayList<>();
		long known = 0;
		for (OutletCount outlet : this.catalog.outlets()) {
			Long count = bySlug.get(outlet.slug());
			if (!outlet.unknown() && count != null && count > 0) {
				counts.add(new OutletCount(outlet.name(), outlet.slug(), count));
				known += count;
			}
		}
		counts.sort((a, b) -> Long.compare(b.count(), a.count()));
		long unknown = result.total().hitCount() - known;
		if (unknown > 0) {
			counts.add(new OutletCount(null, OutletSlugs.UNKNOWN, unknown));
		}
		return counts;
	}

}
