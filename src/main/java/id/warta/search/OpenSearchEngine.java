package id.warta.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import id.warta.article.Article;
import id.warta.article.SearchFields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.search.query.ElasticsearchSearchResult;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The OpenSearch backend: Warta's queries translated into OpenSearch's query language
 * ({@link OpenSearchQueries}), and hits counted by OpenSearch's aggregations, the same
 * counts {@link HitCounts} makes from Lucene's doc values.
 */
@Component
@ConditionalOnProperty(name = "warta.search.backend", havingValue = "opensearch")
class OpenSearchEngine implements SearchEngine, HitSource {

	/** Outlets, entities or agencies counted, at most: OpenSearch counts in buckets. */
	static final int MAX_BUCKETS = 10_000;

	/** Stories counted exactly up to this many; OpenSearch's most. */
	static final int EXACT_STORIES = 40_000;

	private static final ZoneOffset WIB = ZoneOffset.ofHours(7);

	/** Terms counted per request by {@link #documentFrequencies}. */
	static final int FREQUENCIES_PER_REQUEST = 500;

	private static final AggregationKey<JsonObject> FREQUENCIES = AggregationKey.of("frequencies");

	private static final AggregationKey<JsonObject> OUTLETS = AggregationKey.of("outlets");

	private static final AggregationKey<JsonObject> SELECTED = AggregationKey.of("selected");

	@Override
	public SearchPredicate predicate(SearchSession session, Query query) {
		return session.scope(Article.class)
			.predicate()
			.extension(ElasticsearchExtension.get())
			.fromJson(OpenSearchQueries.toJson(query))
			.toPredicate();
	}

	@Override
	public SearchSort newestFirst(SearchSession session) {
		return session.scope(Article.class)
			.sort()
			.field(SearchFields.PUBLISHED)
			.desc()
			.missing()
			.last()
			.then()
			.score()
			.then()
			.field(SearchFields.ARTICLE_ID)
			.desc()
			.toSort();
	}

	@Override
	public SearchSort bestFirst(SearchSession session) {
		return session.scope(Article.class)
			.sort()
			.score()
			.then()
			.field(SearchFields.PUBLISHED)
			.desc()
			.missing()
			.last()
			.then()
			.field(SearchFields.ARTICLE_ID)
			.desc()
			.toSort();
	}

	@Override
	public long documentFrequency(SearchSession session, String field, String term) {
		return session.search(Article.class)
			.where(predicate(session, new TermQuery(new Term(field, term))))
			.fetchTotalHitCount();
	}

	/**
	 * One request per {@value #FREQUENCIES_PER_REQUEST} terms: a filters aggregation with
	 * a bucket for each term, over every article (each bucket counts what
	 * {@link #documentFrequency} counts).
	 */
	@Override
	public Map<String, Long> documentFrequencies(SearchSession session, String field, Collection<String> terms) {
		List<String> all = List.copyOf(terms);
		Map<String, Long> frequencies = new HashMap<>();
		for (int from = 0; from < all.size(); from += FREQUENCIES_PER_REQUEST) {
			List<String> chunk = all.subList(from, Math.min(all.size(), from + FREQUENCIES_PER_REQUEST));
			JsonObject filters = new JsonObject();
			for (int i = 0; i < chunk.size(); i++) {
				filters.add(Integer.toString(i), OpenSearchQueries.term(new Term(field, chunk.get(i))));
			}
			SearchResult<Article> result = session.search(Article.class)
				.extension(ElasticsearchExtension.get())
				.where((f) -> f.matchAll())
				.aggregation(FREQUENCIES, (a) -> a.fromJson(wrap("filters", wrap("filters", filters))))
				.fetch(0);
			JsonObject buckets = result.aggregation(FREQUENCIES).getAsJsonObject("buckets");
			for (int i = 0; i < chunk.size(); i++) {
				frequencies.put(chunk.get(i),
						buckets.getAsJsonObject(Integer.toString(i)).get("doc_count").getAsLong());
			}
		}
		return frequencies;
	}

	/**
	 * OpenSearch's term suggester: Lucene's spell checker on the cluster, with its
	 * defaults (two edits, the first letter kept, words of four letters or more).
	 */
	@Override
	public List<String> similarTerms(SearchSession session, String field, String term, int count) {
		JsonObject options = new JsonObject();
		options.addProperty("field", field);
		options.addProperty("size", count);
		options.addProperty("suggest_mode", "missing");
		JsonObject suggestion = new JsonObject();
		suggestion.addProperty("text", term);
		suggestion.add("term", options);
		JsonObject suggest = new JsonObject();
		suggest.add("similar", suggestion);
		ElasticsearchSearchResult<Article> result = session.search(Article.class)
			.extension(ElasticsearchExtension.get())
			.where((f) -> f.matchNone())
			.requestTransformer((context) -> context.body().add("suggest", suggest))
			.fetch(0);
		List<String> similar = new ArrayList<>();
		JsonObject answered = result.responseBody().getAsJsonObject("suggest");
		if (answered == null) {
			return similar;
		}
		for (JsonElement entry : answered.getAsJsonArray("similar")) {
			for (JsonElement option : entry.getAsJsonObject().getAsJsonArray("options")) {
				similar.add(option.getAsJsonObject().get("text").getAsString());
			}
		}
		return (similar.size() > count) ? similar.subList(0, count) : similar;
	}

	@Override
	public Optional<IndexReader> openLuceneReader(SearchSession session) {
		return Optional.empty();
	}

	@Override
	public Reading open(SearchSession session) {
		return new Reading() {

			@Override
			public @Nullable Object snapshot() {
				// OpenSearch keeps its own caches, per shard until its next refresh.
				return null;
			}

			@Override
			public HitCounts count(Query query, Set<String> outlets, boolean unknownOutlet, boolean weeks) {
				return OpenSearchEngine.this.count(session, query, outlets, unknownOutlet, weeks);
			}

			@Override
			public void close() {
			}

		};
	}

	private HitCounts count(SearchSession session, Query query, Set<String> outlets, boolean unknownOutlet,
			boolean weeks) {
		SearchResult<Article> result = session.search(Article.class)
			.extension(ElasticsearchExtension.get())
			.where(predicate(session, query))
			.aggregation(OUTLETS, (a) -> a.fromJson(terms(SearchFields.OUTLET)))
			.aggregation(SELECTED, (a) -> a.fromJson(selected(outlets, unknownOutlet, weeks)))
			.fetch(0);
		JsonObject selected = result.aggregation(SELECTED);
		JsonObject aggregations = selected.getAsJsonObject("aggregations");
		JsonObject sub = (aggregations != null) ? aggregations : selected;
		return new HitCounts(buckets(result.aggregation(OUTLETS)), result.total().hitCount(),
				selected.get("doc_count").getAsLong(), sub.getAsJsonObject("stories").get("value").getAsLong(),
				sub.getAsJsonObject("placed").get("value").getAsLong(), buckets(sub.getAsJsonObject("entities")),
				buckets(sub.getAsJsonObject("agencies")), weeks ? weeks(sub.getAsJsonObject("weeks")) : null);
	}

	/** The selected hits and what is counted among them. */
	private static JsonObject selected(Set<String> outlets, boolean unknownOutlet, boolean weeks) {
		JsonObject aggregations = new JsonObject();
		JsonObject stories = new JsonObject();
		stories.addProperty("field", SearchFields.STORY);
		stories.addProperty("precision_threshold", EXACT_STORIES);
		aggregations.add("stories", wrap("cardinality", stories));
		JsonObject placed = new JsonObject();
		placed.addProperty("field", SearchFields.STORY);
		aggregations.add("placed", wrap("value_count", placed));
		aggregations.add("entities", terms(SearchFields.FACET_ENTITY));
		aggregations.add("agencies", terms(SearchFields.AGENCY));
		if (weeks) {
			JsonObject histogram = new JsonObject();
			histogram.addProperty("field", SearchFields.PUBLISHED);
			histogram.addProperty("calendar_interval", "week");
			// Weeks from Monday in WIB, UTC+7 since 1964, as HitCounts counts them.
			histogram.addProperty("time_zone", WIB.getId());
			histogram.addProperty("min_doc_count", 1);
			JsonObject week = wrap("date_histogram", histogram);
			JsonObject perOutlet = terms(SearchFields.OUTLET);
			perOutlet.getAsJsonObject("terms").addProperty("missing", "");
			JsonObject byOutlet = new JsonObject();
			byOutlet.add("outlets", perOutlet);
			week.add("aggs", byOutlet);
			aggregations.add("weeks", week);
		}
		JsonObject filter = wrap("filter", outletFilter(outlets, unknownOutlet));
		filter.add("aggs", aggregations);
		return filter;
	}

	private static JsonObject outletFilter(Set<String> outlets, boolean unknownOutlet) {
		if (outlets.isEmpty() && !unknownOutlet) {
			return wrap("match_all", new JsonObject());
		}
		JsonArray any = new JsonArray();
		if (!outlets.isEmpty()) {
			JsonArray slugs = new JsonArray();
			outlets.forEach(slugs::add);
			JsonObject terms = new JsonObject();
			terms.add(SearchFields.OUTLET, slugs);
			any.add(wrap("terms", terms));
		}
		if (unknownOutlet) {
			JsonObject exists = new JsonObject();
			exists.addProperty("field", SearchFields.OUTLET);
			JsonObject none = new JsonObject();
			none.add("must_not", wrap("exists", exists));
			any.add(wrap("bool", none));
		}
		JsonObject bool = new JsonObject();
		bool.add("should", any);
		return wrap("bool", bool);
	}

	private static JsonObject terms(String field) {
		JsonObject terms = new JsonObject();
		terms.addProperty("field", field);
		terms.addProperty("size", MAX_BUCKETS);
		return wrap("terms", terms);
	}

	private static Map<String, Long> buckets(JsonObject terms) {
		Map<String, Long> counts = new HashMap<>();
		for (JsonElement bucket : terms.getAsJsonArray("buckets")) {
			JsonObject counted = bucket.getAsJsonObject();
			counts.put(counted.get("key").getAsString(), counted.get("doc_count").getAsLong());
		}
		return counts;
	}

	private static Map<LocalDate, Map<String, Long>> weeks(JsonObject histogram) {
		Map<LocalDate, Map<String, Long>> weeks = new TreeMap<>();
		for (JsonElement bucket : histogram.getAsJsonArray("buckets")) {
			JsonObject week = bucket.getAsJsonObject();
			LocalDate monday = Instant.ofEpochMilli(week.get("key").getAsLong()).atOffset(WIB).toLocalDate();
			weeks.put(monday, buckets(week.getAsJsonObject("outlets")));
		}
		return weeks;
	}

	private static JsonObject wrap(String name, JsonElement body) {
		JsonObject wrapped = new JsonObject();
		wrapped.add(name, body);
		return wrapped;
	}

}
