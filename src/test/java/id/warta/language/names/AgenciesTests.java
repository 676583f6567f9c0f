package id.warta.language.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Credits matched against a small agency file, so that the rules are tested apart from
 * what the shipped file lists.
 */
class AgenciesTests {

	private static final String FILE = String.join("\n", "# slug, name, kind, aliases", "",
			"antara\tAntara\twire\tANTARA, Antara News, antaranews.com",
			"tass\tTASS\twire\ttass.ru, Kantor Berita TASS,", "tempo\tTempo\toutlet\tTempo.co, tempo.co.id");

	private final Agencies agencies = parse(FILE);

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Antara                                   | antara
			  ANTARA                                 | antara
			Antara News                              | antara
			The Antara                               | antara
			Kantor Berita Antara                     | antara
			antaranews.com                           | antara
			en.antaranews.com                        | antara
			https://www.antaranews.com/berita/42     | antara
			Kantor Berita TASS                       | tass
			TASS.ru                                  | tass
			Tempo.co                                 | tempo
			""")
	void findsAnAgencyByAnyOfItsNamesOrHosts(String cited, String slug) {
		assertThat(this.agencies.find(cited)).hasValueSatisfying((agency) -> assertThat(agency.slug()).isEqualTo(slug));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Reuters", "antaranews.com.example.net", "example.com", "Antara Newsroom", "news" })
	void findsNoneForACreditItDoesNotList(String cited) {
		assertThat(this.agencies.find(cited)).isEmpty();
	}

	@Test
	void tellsWireAgenciesFromOutlets() {
		assertThat(this.agencies.find("Antara")).hasValue(new Agency("antara", "Antara", true, true));
		assertThat(this.agencies.find("tempo.co.id")).hasValue(new Agency("tempo", "Tempo", false, true));
	}

	@Test
	void keepsTheOwnNameOfACreditItDoesNotList() {
		assertThat(this.agencies.normalise("  Kantor   Berita Xinhua "))
			.isEqualTo(new Agency("kantor-berita-xinhua", "Kantor Berita Xinhua", false, false));
		assertThat(this.agencies.normalise("ANTARA")).isEqualTo(new Agency("antara", "Antara", true, true));
	}

	@Test
	void findsAnAgencyByItsUrlKey() {
		assertThat(this.agencies.bySlug("tass")).hasValue(new Agency("tass", "TASS", true, true));
		assertThat(this.agencies.bySlug("xinhua")).isEmpty();
	}

	@Test
	void listsTheNamesAnArticleMayCreditWithoutAVerbButNotItsHosts() {
		assertThat(this.agencies.names()).containsExactly("Antara", "ANTARA", "Antara News", "TASS",
				"Kantor Berita TASS", "Tempo", "Tempo.co");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					antara\\tAntara\\twire                                   | line 2: not slug, name, kind, aliases
					\\tAntara\\twire\\t                                       | line 2: not slug, name, kind, aliases
					antara\\t \\twire\\t                                      | line 2: not slug, name, kind, aliases
					antara\\tAntara\\tkoran\\t                                | line 2: not slug, name, kind, aliases
					antara\\tAntara Baru\\toutlet\\t                            | line 2: slug given twice
					baru\\tBaru\\toutlet\\tANTARA                             | line 2: 'ANTARA' names another agency too
					baru\\tBaru\\toutlet\\tantaranews.com                     | line 2: 'antaranews.com' names another agency too
					""")
	void namesTheLineThatIsNotInTheFormat(String line, String problem) {
		String file = "antara\tAntara\twire\tantaranews.com\n" + line.replace("\\t", "\t");
		assertThatIllegalArgumentException().isThrownBy(() -> parse(file)).withMessage("Agency file, " + problem);
	}

	private static Agencies parse(String file) {
		try {
			return Agencies.parse(new BufferedReader(new StringReader(file)));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
