package id.warta.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import id.warta.article.PreAnalyzedText;
import id.warta.article.SearchFields;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Warta's queries, built as Lucene query objects over the terms its analysis wrote, in
 * OpenSearch's query language: the one translation layer of the OpenSearch backend. Each
 * query becomes the query that OpenSearch builds into the same Lucene query — a term is a
 * {@code term}, terms at one position a {@code match} of {@link PreAnalyzedText} written
 * terms (a synonym query), a phrase a {@code match_phrase} of its terms position by
 * position — so that both backends find and score alike.
 */
final class OpenSearchQueries {

	/** Point fields and how OpenSearch reads their values. */
	private enum PointField {

		/** A date and time, indexed by Lucene as epoch milliseconds. */
		MILLIS,

		/** A date, indexed by Lucene as epoch days. */
		DAYS,

		/** A number. */
		NUMBER

	}

	private static final Map<String, PointField> POINT_FIELDS = Map.of(SearchFields.PUBLISHED, PointField.MILLIS,
			SearchFields.EVENT_DAY, PointField.DAYS, SearchFields.STORY, PointField.NUMBER, SearchFields.ARTICLE_ID,
			PointField.NUMBER);

	private OpenSearchQueries() {
	}

	/**
	 * The query in OpenSearch's query language.
	 * @throws IllegalArgumentException for a kind of query Warta does not build
	 */
	static JsonObject toJson(Query query) {
		if (query instanceof TermQuery term) {
			return term(term.getTerm());
		}
		if (query instanceof BooleanQuery bool) {
			return bool(bool);
		}
		if (query instanceof BoostQuery boost) {
			JsonObject bool = new JsonObject();
			bool.add("must", array(toJson(boost.getQuery())));
			bool.addProperty("boost", boost.getBoost());
			return wrap("bool", bool);
		}
		if (query instanceof ConstantScoreQuery constant) {
			JsonObject body = new JsonObject();
			body.add("filter", toJson(constant.getQuery()));
			return wrap("constant_score", body);
		}
		if (query instanceof SynonymQuery synonyms) {
			List<String> terms = synonyms.getTerms().stream().map(Term::text).toList();
			return match("match", synonyms.getField(), PreAnalyzedText.phrase(List.of(terms)), 0);
		}
		if (query instanceof PhraseQuery phrase) {
			List<List<String>> positions = positions(phrase.getPositions(),
					List.of(phrase.getTerms()).stream().map((term) -> List.of(term.text())).toList());
			return match("match_phrase", phrase.getField(), PreAnalyzedText.phrase(positions), phrase.getSlop());
		}
		if (query instanceof MultiPhraseQuery phrase) {
			List<List<String>> alternatives = List.of(phrase.getTermArrays())
				.stream()
				.map((terms) -> List.of(terms).stream().map(Term::text).toList())
				.toList();
			String field = phrase.getTermArrays()[0][0].field();
			return match("match_phrase", field, PreAnalyzedText.phrase(positions(phrase.getPositions(), alternatives)),
					phrase.getSlop());
		}
		if (query instanceof PointRangeQuery range && range.getNumDims() == 1 && range.getBytesPerDim() == Long.BYTES) {
			return range(range);
		}
		if (query instanceof FieldExistsQuery exists) {
			JsonObject body = new JsonObject();
			body.addProperty("field", exists.getField());
			return wrap("exists", body);
		}
		if (query instanceof MatchAllDocsQuery) {
			return wrap("match_all", new JsonObject());
		}
		if (query instanceof MatchNoDocsQuery) {
			return matchNone();
		}
		throw new IllegalArgumentException("No OpenSearch query for " + query.getClass().getSimpleName());
	}

	static JsonObject term(Term term) {
		JsonObject value = new JsonObject();
		value.addProperty("value", term.text());
		return wrap("term", wrap(term.field(), value));
	}

	static JsonObject matchNone() {
		return wrap("match_none", new JsonObject());
	}

	private static JsonObject bool(BooleanQuery query) {
		JsonObject bool = new JsonObject();
		boolean positive = false;
		for (BooleanClause clause : query.clauses()) {
			String occur = switch (clause.getOccur()) {
				case MUST -> "must";
				case SHOULD -> "should";
				case FILTER -> "filter";
				case MUST_NOT -> "must_not";
			};
			positive |= clause.getOccur() != BooleanClause.Occur.MUST_NOT;
			if (!bool.has(occur)) {
				bool.add(occur, new JsonArray());
			}
			bool.getAsJsonArray(occur).add(toJson(clause.getQuery()));
		}
		if (!positive) {
			// Lucene finds nothing with no clause, or with exclusions alone.
			return matchNone();
		}
		if (query.getMinimumNumberShouldMatch() > 0) {
			bool.addProperty("minimum_should_match", query.getMinimumNumberShouldMatch());
		}
		return wrap("bool", bool);
	}

	/** Terms by position from the first: none where the phrase skips one. */
	private static List<List<String>> positions(int[] positions, List<List<String>> terms) {
		List<List<String>> byPosition = new ArrayList<>();
		int first = (positions.length > 0) ? positions[0] : 0;
		for (int i = 0; i < positions.length; i++) {
			int at = positions[i] - first;
			while (byPosition.size() <= at) {
				byPosition.add(new ArrayList<>());
			}
			byPosition.get(at).addAll(terms.get(i));
		}
		return byPosition;
	}

	private static JsonObject match(String kind, String field, String written, int slop) {
		JsonObject body = new JsonObject();
		body.addProperty("query", written);
		body.addProperty("analyzer", SearchFields.ANALYZER);
		if (slop > 0) {
			body.addProperty("slop", slop);
		}
		return wrap(kind, wrap(field, body));
	}

	private static JsonObject range(PointRangeQuery range) {
		String field = range.getField();
		PointField kind = POINT_FIELDS.get(field);
		if (kind == null) {
			throw new IllegalArgumentException("No OpenSearch range for the field " + field);
		}
		long lower = LongPoint.decodeDimension(range.getLowerPoint(), 0);
		long upper = LongPoint.decodeDimension(range.getUpperPoint(), 0);
		if (lower > upper) {
			return matchNone();
		}
		JsonObject body = new JsonObject();
		if (lower != Long.MIN_VALUE) {
			bound(body, "gte", lower, kind);
		}
		if (upper != Long.MAX_VALUE) {
			bound(body, "lte", upper, kind);
		}
		if (kind == PointField.MILLIS) {
			body.addProperty("format", "epoch_millis");
		}
		return wrap("range", wrap(field, body));
	}

	private static void bound(JsonObject body, String name, long value, PointField kind) {
		if (kind == PointField.DAYS) {
			body.addProperty(name, LocalDate.ofEpochDay(value).toString());
		}
		else {
			body.addProperty(name, value);
		}
	}

	private static JsonArray array(JsonObject element) {
		JsonArray array = new JsonArray();
		array.add(element);
		return array;
	}

	private static JsonObject wrap(String name, JsonObject body) {
		JsonObject wrapped = new JsonObject();
		wrapped.add(name, body);
		return wrapped;
	}

}
