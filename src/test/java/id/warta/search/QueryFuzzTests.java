package id.warta.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.lucene.search.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jazzer fuzz tests of what a reader types into the search box: any text, cut as the
 * search cuts it, parses to a query that both engines can run (the OpenSearch form
 * included), and highlighting it loses none of the text it marks.
 */
class QueryFuzzTests {

	private static final QueryAliases ALIASES = new QueryAliases();

	private static final WordMarks MARKS = new WordMarks(ALIASES);

	@FuzzTest(maxDuration = "10m")
	void queriesParseForBothEngines(byte[] bytes) {
		String text = typed(bytes);
		Query query = ArticleSearch.matching(ALIASES.quoteNames(text));
		assertThat(query).isNotNull();
		assertThat(OpenSearchQueries.toJson(query).toString()).startsWith("{");
	}

	@FuzzTest(maxDuration = "10m")
	void highlightingKeepsEveryCharacter(byte[] bytes) {
		String text = typed(bytes);
		List<List<String>> phrases = MARKS.phrases(text);
		List<TextSegment> segments = MARKS.mark(text, phrases);
		assertThat(segments.stream().map(TextSegment::text).collect(Collectors.joining())).isEqualTo(text);
	}

	private static String typed(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		return (text.length() > SearchRequest.MAX_LENGTH) ? text.substring(0, SearchRequest.MAX_LENGTH) : text;
	}

}
