package id.warta.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecentPlacementsTests {

	private final StoryFeatureReader reader = new StoryFeatureReader();

	private final RecentPlacements recent = new RecentPlacements();

	private final LocalDate day = LocalDate.of(2024, 3, 5);

	private StoryFeatures features(String title, LocalDate day) {
		return this.reader.read(title, List.of(title), day);
	}

	private static CandidateQuery query(String term, LocalDate day, long minStoryId) {
		return new CandidateQuery(Map.of(term, 1.0), Map.of(), day, minStoryId);
	}

	@Test
	void countsTermsOfThePlacementsItHoldsAndForgetsThoseRolledBack() {
		this.recent.add(1, new StoryCandidate(10, features("Gempa mengguncang Cianjur", this.day)));
		this.recent.add(2, new StoryCandidate(10, features("Gempa susulan di Cianjur", this.day)));
		this.recent.add(3, new StoryCandidate(11, features("Banjir melanda Demak", this.day)));
		assertThat(this.recent.articlesWithTerm("gempa")).isEqualTo(2);
		assertThat(this.recent.articlesWithTerm("banjir")).isEqualTo(1);
		this.recent.truncate(1);
		assertThat(this.recent.size()).isEqualTo(1);
		assertThat(this.recent.articlesWithTerm("gempa")).isEqualTo(1);
		assertThat(this.recent.articlesWithTerm("banjir")).isZero();
		assertThat(this.recent.contains(1)).isTrue();
		assertThat(this.recent.contains(3)).isFalse();
	}

	@Test
	void forgetsTheOldestOnceTheIndexHoldsThem() {
		this.recent.add(1, new StoryCandidate(10, features("Gempa mengguncang Cianjur", this.day)));
		this.recent.add(1, new StoryCandidate(12, features("Gempa mengguncang Cianjur", this.day)));
		this.recent.add(2, new StoryCandidate(11, features("Banjir melanda Demak", this.day)));
		this.recent.dropOldest(1);
		assertThat(this.recent.contains(1)).as("placed again since").isTrue();
		assertThat(this.recent.articlesWithTerm("gempa")).isEqualTo(1);
		this.recent.dropOldest(2);
		assertThat(this.recent.size()).isZero();
		assertThat(this.recent.contains(1)).isFalse();
		assertThat(this.recent.articlesWithEntity("indonesia")).isZero();
	}

	@Test
	void candidatesShareATermWithinTheDaysAndStoriesAsked() {
		this.recent.add(1, new StoryCandidate(10, features("Gempa mengguncang Cianjur", this.day)));
		this.recent.add(2, new StoryCandidate(11, features("Gempa mengguncang Cianjur lagi", this.day.plusDays(30))));
		this.recent.add(3, new StoryCandidate(12, features("Gempa di Cianjur", null)));
		this.recent.add(4, new StoryCandidate(13, features("Banjir melanda Demak", this.day)));
		assertThat(this.recent.candidates(query("gempa", this.day, 0), 20)).extracting(StoryCandidate::story)
			.containsExactly(10L, 12L);
		assertThat(this.recent.candidates(query("gempa", this.day, 11), 20)).extracting(StoryCandidate::story)
			.containsExactly(12L);
		assertThat(this.recent.candidates(query("gempa", null, 0), 2)).extracting(StoryCandidate::story)
			.containsExactly(10L, 11L);
		assertThat(this.recent.candidates(query("tsunami", this.day, 0), 20)).isEmpty();
	}

}
