package id.warta.system;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageChartTests {

	@Test
	void stacksTheWeeksOutletsWithTheMostArticlesInTheirOwnColourAndTheRestTogether() {
		Map<LocalDate, Map<String, Long>> weeks = new HashMap<>();
		LocalDate monday = LocalDate.of(2023, 9, 11);
		weeks.put(monday, Map.of("a", 4L, "b", 2L, "c", 1L, "d", 1L, "e", 1L, "f", 1L, "g", 1L, "", 1L));
		weeks.put(monday.plusWeeks(2), Map.of("a", 2L));
		CoverageChart chart = CoverageChart.of(weeks, (slug) -> slug.isEmpty() ? null : slug.toUpperCase());
		assertThat(chart).isNotNull();
		// The week between has no articles but is drawn.
		assertThat(chart.weeks()).hasSize(3);
		assertThat(chart.weeks().get(1).total()).isZero();
		assertThat(chart.outlets()).hasSize(6);
		assertThat(chart.outlets().get(0).name()).isEqualTo("A");
		assertThat(chart.outlets().get(5).others()).isTrue();
		assertThat(chart.weeks().get(0).counts()).containsExactly(4L, 2L, 1L, 1L, 1L, 3L);
		assertThat(chart.maxTotal()).isEqualTo(12);
		// The tallest week fills the drawing's height.
		double height = chart.weeks().get(0).bars().stream().mapToDouble(CoverageChart.Bar::height).sum();
		assertThat(height).isBetween(CoverageChart.HEIGHT - 1.0, CoverageChart.HEIGHT + 1.0);
		// Each series is one shape, a rectangle for each week it has articles in.
		assertThat(chart.outlets().get(0).path()).matches("(M[0-9.]+ [0-9.]+h[0-9.]+v[0-9.]+h-[0-9.]+z){2}");
		assertThat(chart.outlets().get(1).path()).matches("(M[0-9.]+ [0-9.]+h[0-9.]+v[0-9.]+h-[0-9.]+z){1}");
	}

	@Test
	void showsTheLastYearOfALongerRun() {
		Map<LocalDate, Map<String, Long>> weeks = new HashMap<>();
		LocalDate monday = LocalDate.of(2020, 1, 6);
		for (int w = 0; w < 200; w++) {
			weeks.put(monday.plusWeeks(w), Map.of("a", 1L));
		}
		CoverageChart chart = CoverageChart.of(weeks, (slug) -> "A");
		assertThat(chart.weeks()).hasSize(CoverageChart.MAX_WEEKS);
		assertThat(chart.cut()).isTrue();
		assertThat(chart.weeks().get(CoverageChart.MAX_WEEKS - 1).monday()).isEqualTo(monday.plusWeeks(199));
	}

	@Test
	void nothingToDrawIsNoChart() {
		assertThat(CoverageChart.of(Map.of(), (slug) -> slug)).isNull();
	}

}
