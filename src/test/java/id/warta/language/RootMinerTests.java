package id.warta.language;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RootMinerTests {

	@Test
	void takesRootsWithDerivedFormsAndLeavesNamesAndColloquialFormsOut() {
		List<String> words = List.of("hajar", "menghajar", "dihajar", "pelanggan", "langganan", "berlangganan",
				"pelanggannya", "linda", "melinda", "pikir", "mikir", "memikirkan", "urut", "urutan", "berurutan",
				"bantai", "membantai", "dibantai", "pembantai");
		Set<String> mined = RootMiner.mine(words, Set.of("pikir", "urut"), Set.of("linda"));
		assertThat(mined).contains("hajar", "langgan", "bantai")
			.doesNotContain("linda", "mikir", "urutan", "banta", "langganan", "pelanggan");
	}

	@Test
	void takesFrequentBareWordsUnlessTheyWouldTakeAWordFromItsRoot() {
		List<String> words = List.of("memberi", "beri", "member", "semut", "daun");
		Set<String> mined = RootMiner.mine(words, Set.of("beri"), Set.of());
		assertThat(mined).contains("semut", "daun").doesNotContain("member");
	}

	@Test
	void readsStemsUnderOneAffixOfEachKind() {
		assertThat(RootMiner.stems("menyapukannya")).contains("sapu");
		assertThat(RootMiner.stems("pelanggan")).contains("langgan");
		assertThat(RootMiner.stems("dicampakkan")).contains("campak");
		assertThat(RootMiner.stems("hajar")).isEmpty();
	}

}
