package id.warta.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Marking the words a query matches in a text, as articles opened from a search and
 * result titles show them.
 */
class WordMarksTests {

	private final WordMarks marks = new WordMarks(new QueryAliases());

	@Test
	void phrasesAndMultiWordAliasesAreMarkedWhereTheirWordsFollowEachOther() {
		String text = "Korea Selatan dan Korea Utara berunding; Korut menolak.";
		assertThat(marked(text, "Korut")).containsExactly("Korea Utara", "Korut");
		assertThat(marked(text, "\"Korea Selatan\"")).containsExactly("Korea Selatan");
		assertThat(marked(text, "Korea")).containsExactly("Korea", "Korea");
	}

	@Test
	void wordsAreMarkedByTheirStemAndExcludedWordsAreNot() {
		String text = "Perundingan berlanjut: mereka berunding tanpa Rusia.";
		assertThat(marked(text, "berunding -Rusia")).containsExactly("Perundingan", "berunding");
		assertThat(this.marks.phrases("-Rusia -\"Korea Utara\"")).isEmpty();
	}

	@Test
	void theTextIsKeptAsItIsMarkupIncluded() {
		String text = "Judul <b>markup</b> & \"kutipan\"";
		List<TextSegment> segments = this.marks.mark(text, this.marks.phrases("markup"));
		assertThat(String.join("", segments.stream().map(TextSegment::text).toList())).isEqualTo(text);
		assertThat(segments).contains(new TextSegment("markup", true));
	}

	@Test
	void aHyphenatedWordWhosePartsAreAlsoWordsIsMarkedOnceAndKeptWhole() {
		// The analyzer gives the joined word and its parts, whose offsets overlap; the
		// digraph \u01C7 ("LJ") is one letter of the text.
		for (String text : List.of("\"j\u01C7n-Megdbe", "kerja-sama kerja-sama", "pasca-perang dan pra-perang")) {
			List<TextSegment> segments = this.marks.mark(text, this.marks.phrases(text));
			assertThat(String.join("", segments.stream().map(TextSegment::text).toList())).as(text).isEqualTo(text);
			assertThat(segments).as(text).anyMatch(TextSegment::match);
		}
	}

	private List<String> marked(String text, String query) {
		return this.marks.mark(text, this.marks.phrases(query))
			.stream()
			.filter(TextSegment::match)
			.map(TextSegment::text)
			.toList();
	}

}
