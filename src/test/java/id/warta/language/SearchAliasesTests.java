package id.warta.language;

import java.util.List;

import id.warta.language.names.Entity;
import id.warta.language.names.EntityKind;
import id.warta.language.names.Gazetteer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alias groups of a small word list and gazetteer, and the synonym lines the query
 * analyzer reads from them.
 */
class SearchAliasesTests {

	private static final Gazetteer GAZETTEER = Gazetteer.of(List.of(
			new Entity(EntityKind.COUNTRY, "korea-utara", "Korea Utara", List.of("Korut", "DPRK"), List.of("Pyongyang"),
					null, List.of()),
			new Entity(EntityKind.COUNTRY, "sri-lanka", "Sri Lanka", List.of(), List.of("Kolombo"), null, List.of()),
			new Entity(EntityKind.PERSON, "vladimir-putin", "Vladimir Putin", List.of("Putin"), List.of(), "rusia",
					List.of())));

	private final SearchAliases aliases = new SearchAliases(GAZETTEER,
			List.of("KTT, Konferensi Tingkat Tinggi, summit", "PBB, United Nations, UN", "Dewan Keamanan PBB, DK PBB",
					"Korsel => Korea Selatan", "Dewan Pers, Dewan dan Pers", "Jakarta, Jakarta"),
			new IndonesianAnalyzer());

	@Test
	void groupsTheWordListAndTheGazetteersNamesButNeverItsMetonyms() {
		assertThat(this.aliases.groups()).containsExactly(List.of("KTT", "Konferensi Tingkat Tinggi", "summit"),
				List.of("PBB", "United Nations", "UN"), List.of("Dewan Keamanan PBB", "DK PBB"),
				List.of("Korsel", "Korea Selatan"), List.of("Korea Utara", "Korut", "DPRK"),
				List.of("Vladimir Putin", "Putin"));
	}

	@Test
	void leavesOutNamesWithAStopWordAndGroupsLeftWithOneName() {
		assertThat(this.aliases.groups()).flatMap((group) -> group)
			.doesNotContain("Dewan Pers", "Dewan dan Pers", "Jakarta", "Sri Lanka", "Pyongyang");
	}

	@Test
	void knowsTheAbbreviationsAmongTheNames() {
		Acronyms acronyms = this.aliases.acronyms();
		assertThat(acronyms.size()).isEqualTo(4);
		assertThat(List.of("ktt", "pbb", "un", "dprk")).allMatch(acronyms::contains);
		assertThat(acronyms.contains("korut")).as("written as a name, not in capitals").isFalse();
		assertThat(acronyms.marked("pbb")).isEqualTo("^pbb");
		assertThat(acronyms.marked("korut")).isNull();
	}

	@Test
	void writesEqualNamesOnOneLineAndLongerNamesAsTheShorterOnes() {
		assertThat(this.aliases.solrSynonyms()).isEqualTo("""
				KTT, Konferensi Tingkat Tinggi, summit
				ktt => ktt, KTT, Konferensi Tingkat Tinggi, summit
				PBB, United Nations, UN
				pbb => pbb, PBB, United Nations, UN
				un => un, PBB, United Nations, UN
				Dewan Keamanan PBB, DK PBB
				dewan keamanan pbb => dewan keamanan pbb, Dewan Keamanan PBB, DK PBB
				dk pbb => dk pbb, Dewan Keamanan PBB, DK PBB
				Korsel, Korea Selatan
				Korea Utara, Korut, DPRK
				dprk => dprk, Korea Utara, Korut, DPRK
				Vladimir Putin => Putin
				""");
	}

}
