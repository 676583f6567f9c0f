package id.warta.search;

import java.util.List;

import id.warta.article.OutletCount;
import id.warta.system.CoverageChart;
import id.warta.system.ResultPage;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a search or a filtered list.
 *
 * @param hits this page of hits, one per story (the best or newest of its articles); the
 * page's total counts stories
 * @param outlets hits per outlet for the query and other filters, regardless of the
 * outlet filter
 * @param suggestions queries with similar words that the index holds, when nothing
 * matched
 * @param shortened whether the query text was cut to {@link SearchRequest#MAX_LENGTH}
 * @param tookMillis time the index took
 * @param articles the articles that match, all filters applied
 * @param entities the entities most named by the matching articles, with their counts
 * @param agencies the agencies the matching articles credit, with their counts
 * @param chart the matching articles per week and outlet, when asked and there are any
 * @param leftOut what a date range left out of the matching articles, when one is given
 */
public record SearchResults(ResultPage<SearchHit> hits, List<OutletCount> outlets, List<String> suggestions,
		boolean shortened, long tookMillis, long articles, List<TagCount> entities, List<TagCount> agencies,
		@Nullable CoverageChart chart, @Nullable LeftOut leftOut) {

	/** Results without a date range. */
	public SearchResults(ResultPage<SearchHit> hits, List<OutletCount> outlets, List<String> suggestions,
			boolean shortened, long tookMillis, long articles, List<TagCount> entities, List<TagCount> agencies,
			@Nullable CoverageChart chart) {
		this(hits, outlets, suggestions, shortened, tookMillis, articles, entities, agencies, chart, null);
	}

	/** Results without entity and agency counts. */
	public SearchResults(ResultPage<SearchHit> hits, List<OutletCount> outlets, List<String> suggestions,
			boolean shortened, long tookMillis) {
		this(hits, outlets, suggestions, shortened, tookMillis, hits.total(), List.of(), List.of(), null);
	}

	/**
	 * The matching articles that a date range left out, which the other filters kept.
	 *
	 * @param articles how many, dated outside the range or undated
	 * @param undated how many of them have no date
	 */
	public record LeftOut(long articles, long undated) {

		/** Whether the range left anything out. */
		public boolean any() {
			return this.articles > 0;
		}

	}

}
