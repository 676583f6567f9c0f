package id.warta.system;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Coverage over time: articles per week and outlet, as a stacked bar chart that the
 * server draws in SVG (no script needed) and a table that says the same in text. The
 * {@value #MAX_OUTLETS} outlets with most articles have their own colour, the others
 * share one; the most recent {@value #MAX_WEEKS} weeks are shown.
 *
 * @param weeks the weeks shown, oldest first
 * @param outlets the outlets with their own series, most articles first; the last may be
 * the others together
 * @param width the drawing's width
 * @param height the drawing's height
 * @param maxTotal the most articles in one week
 * @param cut whether older weeks were left out
 */
public record CoverageChart(List<Week> weeks, List<Series> outlets, int width, int height, long maxTotal, boolean cut) {

	/** Outlets with a colour of their own. */
	static final int MAX_OUTLETS = 5;

	/** Weeks shown, at most. */
	static final int MAX_WEEKS = 52;

	static final int WIDTH = 640;

	static final int HEIGHT = 160;

	private static final String[] COLOURS = { "#1f6f8b", "#e07a2f", "#5b8c3a", "#9b4f96", "#c23b3b", "#8a8a8a" };

	/**
	 * The chart of the given counts.
	 * @param counts articles per week (its Monday) and outlet slug ({@code ""} for no
	 * known outlet)
	 * @param names outlet names by slug
	 * @return empty when there is nothing to draw
	 */
	public static @Nullable CoverageChart of(Map<LocalDate, Map<String, Long>> counts,
			Function<String, @Nullable String> names) {
		if (counts.isEmpty()) {
			return null;
		}
		LocalDate first = counts.keySet().stream().min(Comparator.naturalOrder()).orElseThrow();
		LocalDate last = counts.keySet().stream().max(Comparator.naturalOrder()).orElseThrow();
		boolean cut = first.plusWeeks(MAX_WEEKS - 1).isBefore(last);
		if (cut) {
			first = last.minusWeeks(MAX_WEEKS - 1);
		}
		Map<String, Long> perOutlet = new HashMap<>();
		for (Map.Entry<LocalDate, Map<String, Long>> week : counts.entrySet()) {
			if (!week.getKey().isBefore(first)) {
				week.getValue().forEach((slug, count) -> perOutlet.merge(slug, count, Long::sum));
			}
		}
		List<String> named = perOutlet.entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().isEmpty() && names.apply(entry.getKey()) != null)
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(MAX_OUTLETS)
			.map(Map.Entry::getKey)
			.toList();
		boolean hasOthers = perOutlet.keySet().stream().anyMatch((slug) -> !named.contains(slug));
		List<String> slugs = new ArrayList<>(named);
		if (hasOthers) {
			slugs.add("");
		}
		List<LocalDate> mondays = new ArrayList<>();
		for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
			mondays.add(monday);
		}
		long maxTotal = 1;
		List<long[]> values = new ArrayList<>();
		for (LocalDate monday : mondays) {
			Map<String, Long> week = counts.getOrDefault(monday, Map.of());
			long[] row = new long[slugs.size()];
			week.forEach((slug, count) -> {
				int index = named.indexOf(slug);
				row[(index >= 0) ? index : slugs.size() - 1] += count;
			});
			values.add(row);
			maxTotal = Math.max(maxTotal, java.util.Arrays.stream(row).sum());
		}
		double barWidth = (double) WIDTH / mondays.size();
		List<Week> weeks = new ArrayList<>();
		List<StringBuilder> paths = new ArrayList<>();
		slugs.forEach((slug) -> paths.add(new StringBuilder()));
		for (int w = 0; w < mondays.size(); w++) {
			long[] row = values.get(w);
			List<Bar> bars = new ArrayList<>();
			double y = HEIGHT;
			long total = 0;
			for (int s = 0; s < row.length; s++) {
				total += row[s];
				if (row[s] == 0) {
					continue;
				}
				double h = (double) row[s] / maxTotal * HEIGHT;
				y -= h;
				Bar bar = new Bar(round(w * barWidth + 1), round(y), round(Math.max(1, barWidth - 2)), round(h), s,
						row[s]);
				bars.add(bar);
				paths.get(s).append(bar.path());
			}
			List<Long> cells = new ArrayList<>();
			for (long value : row) {
				cells.add(value);
			}
			weeks.add(new Week(mondays.get(w), total, bars, cells));
		}
		List<Series> series = new ArrayList<>();
		for (int i = 0; i < slugs.size(); i++) {
			String slug = slugs.get(i);
			String colour = slug.isEmpty() ? COLOURS[COLOURS.length - 1] : COLOURS[i];
			series.add(new Series(slug, slug.isEmpty() ? null : names.apply(slug), colour, paths.get(i).toString()));
		}
		return new CoverageChart(weeks, series, WIDTH, HEIGHT, maxTotal, cut);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/**
	 * One outlet's series.
	 *
	 * @param slug the outlet's URL key ({@code ""} for the others)
	 * @param name its name as shown, {@code null} for the other outlets together
	 * @param colour its colour
	 * @param path its bars as SVG path data: one shape per series keeps the page light
	 */
	public record Series(String slug, @Nullable String name, String colour, String path) {

		public boolean others() {
			return this.name == null;
		}

	}

	/**
	 * One week.
	 *
	 * @param monday its first day
	 * @param total its articles
	 * @param bars its stacked bars, bottom first (the series' paths draw them)
	 * @param counts its articles per series, in the order of the series
	 */
	public record Week(LocalDate monday, long total, List<Bar> bars, List<Long> counts) {
	}

	/**
	 * One rectangle of the drawing.
	 *
	 * @param x left
	 * @param y top
	 * @param width width
	 * @param height height
	 * @param series the index of its series
	 * @param count articles it stands for
	 */
	public record Bar(double x, double y, double width, double height, int series, long count) {

		String path() {
			return "M" + number(this.x) + " " + number(this.y) + "h" + number(this.width) + "v" + number(this.height)
					+ "h-" + number(this.width) + "z";
		}

		private static String number(double value) {
			return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
		}

	}

}
