package id.warta.language.names;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityMatcherTests {

	private final Gazetteer gazetteer = TestGazetteer.gazetteer();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			Presiden Rusia Vladimir Putin tiba                | rusia vladimir-putin
			Kremlin membantah laporan itu                      | rusia
			delegasi dari Moskow                               | rusia
			juru bicara Gedung Putih                           | amerika-serikat
			AS dan Korut                                        | amerika-serikat korea-utara
			as long as it takes                                  | -
			Kim Jong Un bertemu Putin                           | kim-jong-un vladimir-putin
			Kim Jong-un bertemu Putin                           | kim-jong-un vladimir-putin
			resolusi PBB dan Perserikatan Bangsa-Bangsa        | pbb
			pejabat UN mengatakan                                | pbb
			laporan The Washington Post                         | -
			pelabuhan Sri Lanka                                  | sri-lanka
			Menkeu Sri Mulyani di Jakarta                        | sri-mulyani-indrawati
			di Vostochny Cosmodrome                              | vostochny
			rusia kecil                                          | -
			""")
	void findsNamesAliasesAndMetonymsInTheirCase(String text, String expected) {
		List<String> slugs = List.copyOf(this.gazetteer.mentions(text).slugs());
		assertThat(slugs).containsExactlyElementsOf((expected == null) ? List.of() : List.of(expected.split(" ")));
	}

	@Test
	void anAcronymInCapitalsDoesNotMatchTheSameWordInOtherCase() {
		// "Un" of Kim Jong Un is no UN, nor "Us" any US.
		assertThat(this.gazetteer.mentions("Kim Jong Un dan pejabat Us").slugs()).containsExactly("kim-jong-un");
	}

	@Test
	void aPersonNamedInFullIsThenNamedByFirstOrLastWord() {
		Mentions mentions = this.gazetteer
			.mentions("Pemimpin Korea Utara Kim Jong Un menyambut Lavrov. Kim mengatakan dukungannya tegas.");
		assertThat(mentions.count("kim-jong-un")).isEqualTo(2);
		assertThat(mentions.count("sergey-lavrov")).isEqualTo(1);
	}

	@Test
	void aShortNameThatRunsIntoAnotherNameIsNotTheFullOne() {
		Mentions mentions = this.gazetteer
			.mentions("Kim Jong Un bertemu Putin. Kim Jong-dae, mantan anggota parlemen, mengatakan hal itu.");
		assertThat(mentions.count("kim-jong-un")).isEqualTo(1);
	}

	@Test
	void aShortNameWithoutTheFullNameInTheTextIsNoOne() {
		assertThat(this.gazetteer.mentions("Kim mengatakan hal itu").slugs()).isEmpty();
	}

	@Test
	void countsAndOrdersEntitiesByMentions() {
		Mentions mentions = this.gazetteer
			.mentions("Rusia dan AS. Kremlin menolak. Moskow marah. Washington diam. Rusia lagi.");
		assertThat(mentions.entities()).extracting(Entity::slug).containsExactly("rusia", "amerika-serikat");
		assertThat(mentions.count("rusia")).isEqualTo(4);
		assertThat(mentions.all().get(0).surface()).isEqualTo("Rusia");
	}

	@Test
	void hostileTextGivesNoMentions() {
		assertThat(this.gazetteer.mentions("").all()).isEmpty();
		assertThat(this.gazetteer.mentions("\u0000\u0001''''----").all()).isEmpty();
		assertThat(this.gazetteer.mentions("Rusia ".repeat(100_000)).count("rusia")).isEqualTo(100_000);
	}

}
