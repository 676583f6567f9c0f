package id.warta.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ShingleMetricTests {

	@Test
	void identicalTextsScorePerfectly() {
		ShingleMetric metric = new ShingleMetric();
		metric.add("Satu dua tiga empat lima.", "Satu, dua; tiga empat  lima");
		assertThat(metric.f1()).isEqualTo(1.0);
		assertThat(metric.accuracy()).isEqualTo(1.0);
	}

	@Test
	void extraTextLowersPrecisionAndMissingTextLowersRecall() {
		ShingleMetric extra = new ShingleMetric();
		extra.add("a b c d e", "a b c d e f g h");
		assertThat(extra.recall()).isEqualTo(1.0);
		assertThat(extra.precision()).isCloseTo(2.0 / 5.0, within(1e-9));

		ShingleMetric missing = new ShingleMetric();
		missing.add("a b c d e f g h", "a b c d e");
		assertThat(missing.precision()).isEqualTo(1.0);
		assertThat(missing.recall()).isCloseTo(2.0 / 5.0, within(1e-9));
	}

	@Test
	void anEmptyPredictionScoresZero() {
		ShingleMetric metric = new ShingleMetric();
		metric.add("a b c d e", "");
		assertThat(metric.precision()).isZero();
		assertThat(metric.recall()).isZero();
	}

	@Test
	void shortTextsAreOneShorterShingle() {
		assertThat(ShingleMetric.shingles(ShingleMetric.tokens("dua kata"))).hasSize(1);
	}

	@Test
	void averagesPagesSoLongPagesDoNotWeighMore() {
		ShingleMetric metric = new ShingleMetric();
		metric.add("a b c d", "a b c d");
		metric.add("w x y z", "");
		assertThat(metric.recall()).isCloseTo(0.5, within(1e-9));
	}

}
