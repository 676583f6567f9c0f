package id.warta.source;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NearDuplicatesTests {

	private final NearDuplicates index = new NearDuplicates(0.8);

	@Test
	void findsTheSameStoryWithSmallEdits() {
		String original = String.join("\n", FixtureSite.paragraphs(1));
		this.index.add(1, MinHash.of(original));
		this.index.add(2, MinHash.of(String.join("\n", FixtureSite.paragraphs(2))));
		String edited = "Jakarta (Kantor Berita) - "
				+ original.replaceFirst("pemerintah", "kabinet").replaceFirst("kawasan", "wilayah")
				+ "\nBaca juga: berita lainnya.";
		assertThat(this.index.find(MinHash.of(edited))).hasValue(1);
	}

	@Test
	void keepsOnlyTheNewestSignaturesItHasRoomFor() {
		NearDuplicates bounded = new NearDuplicates(0.8, 3);
		for (int n = 1; n <= 5; n++) {
			bounded.add(n, MinHash.of(String.join("\n", FixtureSite.paragraphs(700 + n))));
		}
		assertThat(bounded.size()).isEqualTo(3);
		assertThat(bounded.find(MinHash.of(String.join("\n", FixtureSite.paragraphs(701))))).isEmpty();
		assertThat(bounded.find(MinHash.of(String.join("\n", FixtureSite.paragraphs(702))))).isEmpty();
		assertThat(bounded.find(MinHash.of(String.join("\n", FixtureSite.paragraphs(705))))).hasValue(5);
		assertThat(bounded.find(MinHash.of(String.join("\n", FixtureSite.paragraphs(703))))).hasValue(3);
	}

	@Test
	void keepsDifferentStoriesApart() {
		for (int n = 0; n < 50; n++) {
			this.index.add(n, MinHash.of(String.join("\n", FixtureSite.paragraphs(n))));
		}
		assertThat(this.index.find(MinHash.of(String.join("\n", FixtureSite.paragraphs(99))))).isEmpty();
	}

	@Test
	void leavesTextsTooShortToJudgeToTheExactHash() {
		assertThat(MinHash.of("Menteri tiba di Jakarta.")).isNull();
	}

	@Test
	void estimatesSimilarityCloseToTheTrueJaccard() {
		List<String> words = new ArrayList<>(List.of(String.join(" ", FixtureSite.paragraphs(3)).split(" ")));
		int[] whole = MinHash.of(String.join(" ", words));
		int[] half = MinHash.of(String.join(" ", words.subList(0, words.size() / 2)));
		assertThat(MinHash.similarity(whole, half)).isBetween(0.35, 0.65);
		assertThat(MinHash.decode(MinHash.encode(whole))).containsExactly(whole);
	}

}
