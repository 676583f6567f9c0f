package id.warta.story;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoryDifferencesTests {

	@Test
	void aSentenceNoOtherVersionHasIsTheVersionsOwnAndARewordedOneIsNot() {
		Map<Long, List<String>> bodies = new LinkedHashMap<>();
		bodies.put(1L, List.of("Kedua menteri berunding tentang batas laut di Jakarta pada hari Selasa.",
				"Delegasi Malaysia membawa peta baru yang belum pernah diperlihatkan."));
		bodies.put(2L, List.of("Kedua menteri melakukan perundingan tentang batas laut di Jakarta pada hari Selasa.",
				"Hasilnya akan diumumkan bulan depan."));
		StoryDifferences.Own own = StoryDifferences.of(bodies);
		assertThat(own.sentences().get(1L))
			.containsExactly("Delegasi Malaysia membawa peta baru yang belum pernah diperlihatkan.");
		assertThat(own.sentences().get(2L)).isEmpty();
		assertThat(own.isOwn("Delegasi Malaysia membawa peta baru")).isTrue();
		assertThat(own.isOwn("Kedua menteri berunding tentang batas laut di Jakarta")).isFalse();
	}

	@Test
	void aVersionAloneHasNothingOfItsOwn() {
		StoryDifferences.Own own = StoryDifferences.of(Map.of(1L, List.of("Satu-satunya versi dari peristiwa ini.")));
		assertThat(own.sentences()).isEmpty();
		assertThat(own.isOwn("Satu-satunya versi dari peristiwa ini")).isFalse();
	}

}
