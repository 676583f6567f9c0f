package id.warta.language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LexiconTests {

	@Test
	void knowsShippedRootsButNotDerivedForms() {
		Lexicon lexicon = Lexicon.withShippedRoots();
		assertThat(lexicon.isRoot("perintah")).isTrue();
		assertThat(lexicon.isRoot("pemerintah")).isFalse();
		assertThat(lexicon.isRoot("dukungan")).isFalse();
	}

	@Test
	void learnsAWordOnceItStoodAloneOftenEnough() {
		Lexicon lexicon = Lexicon.withShippedRoots(2);
		lexicon.learn(List.of("kucil"));
		assertThat(lexicon.isRoot("kucil")).isFalse();
		assertThat(lexicon.generation()).isZero();
		lexicon.learn(List.of("kucil", "kucil"));
		assertThat(lexicon.isRoot("kucil")).isTrue();
		assertThat(lexicon.generation()).isEqualTo(1);
	}

	@Test
	void ignoresTokensThatCannotBeRoots() {
		Lexicon lexicon = Lexicon.withShippedRoots(1);
		lexicon.learn(List.of("abc", "covid19", "Kucil", "x".repeat(30), "über"));
		assertThat(lexicon.generation()).isZero();
	}

	@Test
	void countsEveryOccurrenceWhenLearningFromManyThreads() throws InterruptedException {
		Lexicon lexicon = Lexicon.withShippedRoots(40_000);
		List<String> words = new ArrayList<>(Collections.nCopies(10_000, "kucil"));
		ExecutorService pool = Executors.newFixedThreadPool(4);
		for (int i = 0; i < 4; i++) {
			pool.execute(() -> lexicon.learn(words));
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		assertThat(lexicon.isRoot("kucil")).isTrue();
		assertThat(lexicon.generation()).isEqualTo(1);
	}

	@Test
	void refusesAMinimumFrequencyBelowOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> Lexicon.withShippedRoots(0));
	}

}
