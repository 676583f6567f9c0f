package id.warta.search;

import java.time.LocalDate;

import id.warta.article.SearchFields;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Each kind of query Warta builds, in OpenSearch's query language.
 */
class OpenSearchQueriesTests {

	@Test
	void aTermIsATermQuery() {
		assertThat(OpenSearchQueries.toJson(new TermQuery(new Term(SearchFields.TEXT, "korea utara"))))
			.hasToString("{\"term\":{\"text\":{\"value\":\"korea utara\"}}}");
	}

	@Test
	void clausesKeepTheirOccurrenceAndBoost() {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		query.add(new TermQuery(new Term(SearchFields.TEXT, "rudal")), Occur.MUST);
		query.add(new BoostQuery(new TermQuery(new Term(SearchFields.TEXT, "nuklir")), 2f), Occur.SHOULD);
		query.add(new TermQuery(new Term(SearchFields.TEXT, "damai")), Occur.MUST_NOT);
		query.add(new FieldExistsQuery(SearchFields.PUBLISHED), Occur.FILTER);
		query.setMinimumNumberShouldMatch(1);
		assertThat(OpenSearchQueries.toJson(query.build()))
			.hasToString("{\"bool\":{\"must\":[{\"term\":{\"text\":{\"value\":\"rudal\"}}}],"
					+ "\"should\":[{\"bool\":{\"must\":[{\"term\":{\"text\":{\"value\":\"nuklir\"}}}],\"boost\":2.0}}],"
					+ "\"must_not\":[{\"term\":{\"text\":{\"value\":\"damai\"}}}],"
					+ "\"filter\":[{\"exists\":{\"field\":\"publishedAt\"}}],\"minimum_should_match\":1}}");
	}

	@Test
	void exclusionsAloneFindNothingAsInLucene() {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		query.add(new TermQuery(new Term(SearchFields.TEXT, "rudal")), Occur.MUST_NOT);
		assertThat(OpenSearchQueries.toJson(query.build())).hasToString("{\"match_none\":{}}");
		assertThat(OpenSearchQueries.toJson(new BooleanQuery.Builder().build())).hasToString("{\"match_none\":{}}");
	}

	@Test
	void termsAtOnePositionArePreAnalysedText() {
		assertThat(OpenSearchQueries
			.toJson(new SynonymQuery.Builder(SearchFields.TEXT).addTerm(new Term(SearchFields.TEXT, "as"))
				.addTerm(new Term(SearchFields.TEXT, "^as"))
				.build()))
			.hasToString("{\"match\":{\"text\":{\"query\":\"^as|as\",\"analyzer\":\"warta_terms\"}}}");
	}

	@Test
	void phrasesKeepTheirGapsAndAlternatives() {
		PhraseQuery phrase = new PhraseQuery.Builder().add(new Term(SearchFields.TEXT, "rudal"), 0)
			.add(new Term(SearchFields.TEXT, "nelayan"), 2)
			.setSlop(1)
			.build();
		assertThat(OpenSearchQueries.toJson(phrase)).hasToString(
				"{\"match_phrase\":{\"text\":{\"query\":\"rudal | nelayan\",\"analyzer\":\"warta_terms\",\"slop\":1}}}");
		MultiPhraseQuery multi = new MultiPhraseQuery.Builder()
			.add(new Term[] { new Term(SearchFields.TEXT, "korut"), new Term(SearchFields.TEXT, "korea utara") })
			.add(new Term(SearchFields.TEXT, "tanggap"))
			.build();
		assertThat(OpenSearchQueries.toJson(multi)).hasToString(
				"{\"match_phrase\":{\"text\":{\"query\":\"korut|korea\u00a0utara tanggap\",\"analyzer\":\"warta_terms\"}}}");
	}

	@Test
	void rangesAreReadAsTheirFieldsAre() {
		assertThat(OpenSearchQueries.toJson(LongPoint.newRangeQuery(SearchFields.PUBLISHED, 1000, Long.MAX_VALUE)))
			.hasToString("{\"range\":{\"publishedAt\":{\"gte\":1000,\"format\":\"epoch_millis\"}}}");
		long day = LocalDate.of(2024, 3, 1).toEpochDay();
		assertThat(OpenSearchQueries.toJson(LongPoint.newRangeQuery(SearchFields.EVENT_DAY, day - 3, day + 3)))
			.hasToString("{\"range\":{\"eventDay\":{\"gte\":\"2024-02-27\",\"lte\":\"2024-03-04\"}}}");
		assertThat(OpenSearchQueries.toJson(LongPoint.newExactQuery(SearchFields.STORY, 7)))
			.hasToString("{\"range\":{\"storyId\":{\"gte\":7,\"lte\":7}}}");
		assertThat(OpenSearchQueries.toJson(LongPoint.newRangeQuery(SearchFields.STORY, 5, 4)))
			.hasToString("{\"match_none\":{}}");
	}

	@Test
	void aKindOfQueryWartaDoesNotBuildIsRefusedByName() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OpenSearchQueries.toJson(new PrefixQuery(new Term(SearchFields.TEXT, "ru"))))
			.withMessageContaining("PrefixQuery");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OpenSearchQueries.toJson(LongPoint.newRangeQuery("unknown", 1, 2)))
			.withMessageContaining("unknown");
	}

}
