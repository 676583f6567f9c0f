package id.warta.language;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EditDistanceTests {

	@Test
	void countsInsertionsDeletionsAndSubstitutions() {
		assertThat(EditDistance.within("perundigan", "perundingan", 2)).isEqualTo(1);
		assertThat(EditDistance.within("rusai", "rusia", 2)).isEqualTo(2);
		assertThat(EditDistance.within("", "abc", 5)).isEqualTo(3);
		assertThat(EditDistance.within("sama", "sama", 0)).isZero();
	}

	@Test
	void stopsPastTheBound() {
		assertThat(EditDistance.within("jakarta", "surabaya", 2)).isEqualTo(3);
	}

	@Test
	void lexiconOffersCloseCorpusWordsClosestAndMostFrequentFirst() {
		Lexicon lexicon = Lexicon.withShippedRoots();
		lexicon.learn(List.of("perundingan", "perundingan", "perundingin", "perundingan", "perbatasan"));
		assertThat(lexicon.similarWords("perundigan", 2, 5)).containsExactly("perundingan", "perundingin");
		assertThat(lexicon.similarWords("xyzxyzxyz", 2, 5)).isEmpty();
	}

}
