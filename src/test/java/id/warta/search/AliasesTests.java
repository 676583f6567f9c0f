package id.warta.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import id.warta.language.AliasAnalyzer;
import id.warta.language.SearchAliases;
import id.warta.language.IndonesianAnalyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alias file and what the query side makes of it: every line usable, names that stand
 * for each other, and multi-word names kept together in query text.
 */
class AliasesTests {

	private final WordMarks marks = new WordMarks(new QueryAliases());

	private final QueryAliases aliases = new QueryAliases();

	@Test
	void everyAliasGroupIsUsable() throws IOException {
		List<String> failures = new ArrayList<>();
		int names = 0;
		for (String line : SearchAliases.standard().solrSynonyms().split("\n")) {
			names += line.split(",|=>").length;
			try {
				AliasAnalyzer.parse(new StringReader(line), new IndonesianAnalyzer());
			}
			catch (IllegalArgumentException ex) {
				failures.add(line + ": " + ex.getMessage());
			}
		}
		assertThat(failures).isEmpty();
		// The gazetteer's names with their aliases, and the word list's.
		assertThat(names).isGreaterThan(1000);
	}

	@Test
	void metonymsAreNoAliases() {
		// "Kremlin" stands for Russia in news text, but a search for it is a search for
		// it.
		assertThat(this.marks.terms("Kremlin")).hasSize(1);
		assertThat(this.marks.terms("Rusia")).doesNotContain("kremlin", "moskow");
	}

	@Test
	void abbreviationsStandForTheirNamesBothWays() {
		assertThat(this.marks.terms("AS")).containsAll(this.marks.terms("amerika serikat")).contains("^us", "^usa");
		assertThat(this.marks.terms("Korea Utara")).containsAll(this.marks.terms("Korut"));
		assertThat(this.marks.terms("Korsel")).containsAll(this.marks.terms("Korea Selatan"));
		assertThat(this.marks.terms("PBB")).containsAll(this.marks.terms("Perserikatan Bangsa-Bangsa"))
			.contains("^un")
			.doesNotContain("un");
		assertThat(this.marks.terms("Tiongkok")).contains("china", "^rrt");
		assertThat(this.marks.terms("RRT")).containsAll(this.marks.terms("Tiongkok"));
		assertThat(this.marks.terms("UE")).contains("^eu").containsAll(this.marks.terms("Uni Eropa"));
		assertThat(this.marks.terms("Jokowi")).containsAll(this.marks.terms("Joko Widodo"));
		assertThat(this.marks.terms("RI")).containsAll(this.marks.terms("Indonesia"));
	}

	@Test
	void wordsWithoutAnAliasStayAsTheyAre() {
		assertThat(this.marks.terms("perundingan")).hasSize(1);
		assertThat(this.marks.terms("nelayan Natuna")).hasSize(2);
	}

	@Test
	void multiWordNamesAreQuotedSoThatTheParserKeepsThemTogether() {
		assertThat(this.aliases.quoteNames("sanksi Korea Utara nuklir")).isEqualTo("sanksi \"Korea Utara\" nuklir");
		assertThat(this.aliases.quoteNames("amerika serikat")).isEqualTo("\"amerika serikat\"");
		assertThat(this.aliases.quoteNames("-Korea Utara Rusia")).isEqualTo("-\"Korea Utara\" \"Rusia\"");
		assertThat(this.aliases.quoteNames("Perserikatan Bangsa-Bangsa")).isEqualTo("\"Perserikatan Bangsa-Bangsa\"");
		assertThat(this.aliases.quoteNames("\"Korea Utara\" Korea")).isEqualTo("\"Korea Utara\" Korea");
		assertThat(this.aliases.quoteNames("Korea -Utara")).isEqualTo("Korea -Utara");
		// Natuna is also "Kepulauan Natuna": quoted, but "laut natuna" is no name.
		assertThat(this.aliases.quoteNames("laut natuna")).isEqualTo("laut \"natuna\"");
		assertThat(this.aliases.quoteNames("Korut -AS nuklir")).isEqualTo("\"Korut\" -\"AS\" nuklir");
		assertThat(this.aliases.quoteNames("Korut*")).isEqualTo("Korut*");
		assertThat(this.aliases.quoteNames("(((")).isEqualTo("(((");
	}

}
