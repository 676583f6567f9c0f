package id.warta.search;

import java.util.List;

import id.warta.article.OutletCount;
import id.warta.system.ResultPage;

/**
 * The answer to a search.
 *
 * @param hits this page of hits
 * @param outlets hits per outlet for the query and dates, regardless of the outlet filter
 * @param suggestions queries with similar words that the index holds, when nothing
 * matched
 * @param shortened whether the query text was cut to {@link SearchRequest#MAX_LENGTH}
 * @param tookMillis time the index took
 */
public record SearchResults(ResultPage<SearchHit> hits, List<OutletCount> outlets, List<String> suggestions,
		boolean shortened, long tookMillis) {
}
