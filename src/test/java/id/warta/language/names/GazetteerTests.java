package id.warta.language.names;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GazetteerTests {

	private final Gazetteer gazetteer = TestGazetteer.gazetteer();

	@Test
	void readsEveryColumn() {
		Entity putin = this.gazetteer.bySlug("vladimir-putin").orElseThrow();
		assertThat(putin.kind()).isEqualTo(EntityKind.PERSON);
		assertThat(putin.name()).isEqualTo("Vladimir Putin");
		assertThat(putin.aliases()).containsExactly("Putin");
		assertThat(putin.country()).isEqualTo("rusia");
		assertThat(putin.offices()).containsExactly("Presiden Rusia (2000–2008, 2012–)");
		assertThat(this.gazetteer.bySlug("rusia").orElseThrow().metonyms()).containsExactly("Moskow", "Moscow",
				"Kremlin");
	}

	@Test
	void aliasGroupsHoldNamesAndAliasesButNeverMetonyms() {
		List<List<String>> groups = this.gazetteer.aliasGroups();
		assertThat(groups).contains(List.of("Rusia", "Russia", "Federasi Rusia"),
				List.of("PBB", "Perserikatan Bangsa-Bangsa", "UN", "United Nations"));
		assertThat(groups).noneMatch((group) -> group.contains("Kremlin") || group.contains("Moskow"));
		// Sri Lanka has no alias: no group.
		assertThat(groups).noneMatch((group) -> group.contains("Sri Lanka"));
	}

	@Test
	void refusesLinesOutsideTheFormat() {
		assertThatIllegalArgumentException().isThrownBy(() -> parse("country\trusia\tRusia\t\t\t"))
			.withMessageContaining("line 1")
			.withMessageContaining("6 columns");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("planet\tmars\tMars\t\t\t\t"))
			.withMessageContaining("unknown kind");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("country\tRusia!\tRusia\t\t\t\t"))
			.withMessageContaining("bad slug");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("country\ta\tA\tX\t\t\t\ncountry\tb\tB\t\tx\t\t"))
			.withMessageContaining("line 2")
			.withMessageContaining("a name of a");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("person\tp\tP Q\t\t\tnowhere\t"))
			.withMessageContaining("unknown country nowhere");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("country\ta\tA\t\t\t\t\ncountry\ta\tB\t\t\t\t"))
			.withMessageContaining("given twice");
	}

	@Test
	void theShippedGazetteerLoads() {
		Gazetteer shipped = Gazetteer.standard();
		assertThat(shipped.entities()).hasSizeGreaterThan(400);
		assertThat(shipped.bySlug("rusia")).isPresent();
	}

	private static Gazetteer parse(String lines) throws Exception {
		return Gazetteer.parse(new BufferedReader(new StringReader(lines)));
	}

}
