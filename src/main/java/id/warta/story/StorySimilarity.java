package id.warta.story;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import id.warta.language.IndonesianAnalyzer;
import id.warta.language.Lexicon;
import id.warta.language.dates.TextDate;
import id.warta.language.names.EntityKind;
import id.warta.language.names.Gazetteer;
import id.warta.language.names.Years;
import org.jspecify.annotations.Nullable;

/**
 * How likely two articles report the same event: the cosine of their terms, of their
 * headlines and of the entities they name, each term weighted by how rare it is (inverse
 * document frequency over the articles so far, smoothed towards a prior so that a handful
 * of articles is judged as sensibly as a million), and how far apart their days are.
 */
final class StorySimilarity {

	/** The least weight of a term: one in every article still counts a little. */
	static final double MIN_WEIGHT = 0.01;

	private final TermStatistics statistics;

	private final Lexicon lexicon;

	private final Map<String, Double> termWeights = new HashMap<>();

	private final Map<String, Double> entityWeights = new HashMap<>();

	// The norms of vectors already compared: the new article's are the same in every
	// pair.
	private final Map<Map<String, Integer>, Double> norms = new IdentityHashMap<>();

	private final StoryWeights weights;

	StorySimilarity(TermStatistics statistics, StoryWeights weights) {
		this(statistics, weights, IndonesianAnalyzer.sharedLexicon());
	}

	StorySimilarity(TermStatistics statistics, StoryWeights weights, Lexicon lexicon) {
		this.statistics = statistics;
		this.weights = weights;
		this.lexicon = lexicon;
	}

	/**
	 * The signals of one pair of articles.
	 */
	Signals compare(StoryFeatures a, StoryFeatures b) {
		double text = cosine(a.terms(), b.terms(), this::termWeight, true);
		double title = cosine(a.titleTerms(), b.titleTerms(), this::termWeight, false);
		double entities = cosine(a.entities(), b.entities(), this::entityWeight, true);
		double lead = cosine(a.leadTerms(), b.leadTerms(), this::termWeight, true);
		double leadEntities = cosine(a.leadEntities(), b.leadEntities(), this::entityWeight, true);
		double actors = Math.min(coverage(a.entities(), b.entities()), coverage(b.entities(), a.entities()));
		return new Signals(text, title, entities, lead, leadEntities, actors, daysApart(a, b), yearsDisagree(a, b));
	}

	double termWeight(String term) {
		return this.termWeights.computeIfAbsent(term, (t) -> idf(this.statistics.articlesWithTerm(t),
				this.lexicon.isShippedRoot(t) ? this.weights.rootPrior() : this.weights.wordPrior()));
	}

	double entityWeight(String slug) {
		return this.entityWeights.computeIfAbsent(slug,
				(s) -> idf(this.statistics.articlesWithEntity(s), this.weights.entityPrior()));
	}

	private double idf(long withTerm, double prior) {
		double articles = this.statistics.articles();
		double pseudo = this.weights.priorArticles();
		return Math.max(MIN_WEIGHT, Math.log((articles + pseudo) / (withTerm + pseudo * prior)));
	}

	private double cosine(Map<String, Integer> a, Map<String, Integer> b, ToDoubleFunction<String> weight,
			boolean byCount) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Map<String, Integer> small = (a.size() <= b.size()) ? a : b;
		Map<String, Integer> large = (small == a) ? b : a;
		double dot = 0;
		for (Map.Entry<String, Integer> entry : small.entrySet()) {
			Integer other = large.get(entry.getKey());
			if (other != null) {
				double w = weight.applyAsDouble(entry.getKey());
				dot += w * w * count(entry.getValue(), byCount) * count(other, byCount);
			}
		}
		if (dot == 0) {
			return 0;
		}
		return dot / (norm(a, weight, byCount) * norm(b, weight, byCount));
	}

	private double norm(Map<String, Integer> vector, ToDoubleFunction<String> weight, boolean byCount) {
		Double known = this.norms.get(vector);
		if (known == null) {
			known = computeNorm(vector, weight, byCount);
			this.norms.put(vector, known);
		}
		return known;
	}

	private static double computeNorm(Map<String, Integer> vector, ToDoubleFunction<String> weight, boolean byCount) {
		double sum = 0;
		for (Map.Entry<String, Integer> entry : vector.entrySet()) {
			double value = weight.applyAsDouble(entry.getKey()) * count(entry.getValue(), byCount);
			sum += value * value;
		}
		return Math.sqrt(sum);
	}

	private static double count(int count, boolean byCount) {
		return byCount ? 1 + Math.log(count) : 1;
	}

	/**
	 * Days between the two articles' events: exact when both years are known; when one
	 * lacks its year, the year that its weekday allows nearest the other's ("Kamis
	 * (27/7)" beside 26 July 2022 is 27 July 2023, a Thursday), or within the year when
	 * it names no weekday; {@code null} when either has no day.
	 */
	static @Nullable Integer daysApart(StoryFeatures a, StoryFeatures b) {
		LocalDate dayA = a.day();
		LocalDate dayB = b.day();
		if (dayA != null && dayB != null) {
			return (int) Math.abs(ChronoUnit.DAYS.between(dayA, dayB));
		}
		if (dayA != null && b.monthDay() != null && b.weekday() != null) {
			return weekdayDaysApart(dayA, b.monthDay(), b.weekday());
		}
		if (dayB != null && a.monthDay() != null && a.weekday() != null) {
			return weekdayDaysApart(dayB, a.monthDay(), a.weekday());
		}
		MonthDay monthA = a.monthDay();
		MonthDay monthB = b.monthDay();
		if (monthA != null && monthB != null) {
			return TextDate.daysApartInYear(monthA, monthB);
		}
		return null;
	}

	/** Entities named this often are what an article is about. */
	static final int SALIENT_MENTIONS = 2;

	/** The most named people and places an article is taken to be about, at most. */
	static final int SALIENT_ACTORS = 4;

	/**
	 * The share of the people and places that one article is about (named at least
	 * {@value #SALIENT_MENTIONS} times, its {@value #SALIENT_ACTORS} most named) that the
	 * other names at all; 1 when it is about none. Two versions of one event name its
	 * actors and venue; a visit by Lavrov and a summit with Putin do not share theirs.
	 */
	static double coverage(Map<String, Integer> about, Map<String, Integer> other) {
		List<String> salient = about.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() >= SALIENT_MENTIONS && isActor(entry.getKey()))
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(SALIENT_ACTORS)
			.map(Map.Entry::getKey)
			.toList();
		if (salient.isEmpty()) {
			return 1;
		}
		return (double) salient.stream().filter(other::containsKey).count() / salient.size();
	}

	private static boolean isActor(String slug) {
		return Gazetteer.standard()
			.bySlug(slug)
			.map((entity) -> entity.kind() == EntityKind.PERSON || entity.kind() == EntityKind.PLACE)
			.orElse(false);
	}

	/**
	 * Whether the years that one article's offices allow leave out the other's day or
	 * years: "Presiden AS Donald Trump" is not written in 2023.
	 */
	static boolean yearsDisagree(StoryFeatures a, StoryFeatures b) {
		Years yearsA = a.years();
		Years yearsB = b.years();
		if (yearsA != null && b.day() != null && !yearsA.contains(b.day().getYear())) {
			return true;
		}
		if (yearsB != null && a.day() != null && !yearsB.contains(a.day().getYear())) {
			return true;
		}
		return yearsA != null && yearsB != null && !yearsA.intersects(yearsB);
	}

	/**
	 * Days from {@code day} to the nearest {@code monthDay} that falls on
	 * {@code weekday}.
	 */
	private static int weekdayDaysApart(LocalDate day, MonthDay monthDay, DayOfWeek weekday) {
		int best = Integer.MAX_VALUE;
		for (int year = day.getYear() - 7; year <= day.getYear() + 7; year++) {
			if (monthDay.isValidYear(year) && monthDay.atYear(year).getDayOfWeek() == weekday) {
				best = Math.min(best, (int) Math.abs(ChronoUnit.DAYS.between(day, monthDay.atYear(year))));
			}
		}
		return best;
	}

	/**
	 * The signals of a pair.
	 *
	 * @param text cosine of the weighted terms of headline and text
	 * @param title cosine of the weighted terms of the headlines
	 * @param entities cosine of the weighted entities named
	 * @param lead cosine of the weighted terms of headline and first paragraphs
	 * @param leadEntities cosine of the weighted entities that headline and first
	 * paragraphs name
	 * @param actors the least share of the people and places that one article is about
	 * that the other names ({@link #coverage})
	 * @param daysApart days between the events, {@code null} when unknown
	 * @param yearsDisagree whether the offices one article gives people rule out the
	 * other's time
	 */
	record Signals(double text, double title, double entities, double lead, double leadEntities, double actors,
			@Nullable Integer daysApart, boolean yearsDisagree) {
	}

}
