package id.warta.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark metric: texts become multisets of token 4-grams; per
 * page, true and false positives and negatives over those shingles, normalised so that
 * long pages weigh no more than short ones. Corpus precision and recall are the means of
 * the pages' values and F1 is taken of the two means.
 */
final class ShingleMetric {

	private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

	private static final int SHINGLE = 4;

	private double precisionSum;

	private double recallSum;

	private int exact;

	private int pages;

	/**
	 * Scores one page and adds it to the corpus figures.
	 */
	void add(String truth, String predicted) {
		List<String> truthTokens = tokens(truth);
		List<String> predictedTokens = tokens(predicted);
		Map<String, Integer> expected = shingles(truthTokens);
		Map<String, Integer> actual = shingles(predictedTokens);
		long tp = 0;
		long fp = 0;
		long fn = 0;
		for (Map.Entry<String, Integer> entry : actual.entrySet()) {
			int want = expected.getOrDefault(entry.getKey(), 0);
			tp += Math.min(want, entry.getValue());
			fp += Math.max(0, entry.getValue() - want);
		}
		for (Map.Entry<String, Integer> entry : expected.entrySet()) {
			fn += Math.max(0, entry.getValue() - actual.getOrDefault(entry.getKey(), 0));
		}
		this.precisionSum += precision(tp, fp, fn);
		this.recallSum += recall(tp, fp, fn);
		this.exact += truthTokens.equals(predictedTokens) ? 1 : 0;
		this.pages++;
	}

	// Normalising tp, fp and fn by their sum does not change the ratios below, so they
	// are computed from the counts directly.
	static double precision(long tp, long fp, long fn) {
		if (fp == 0 && fn == 0) {
			return 1;
		}
		// An empty prediction has no precision to speak of: count it as 0, not as
		// perfect.
		return (tp + fp == 0) ? 0 : (double) tp / (tp + fp);
	}

	static double recall(long tp, long fp, long fn) {
		if (fp == 0 && fn == 0) {
			return 1;
		}
		return (tp + fn == 0) ? 0 : (double) tp / (tp + fn);
	}

	double precision() {
		return (this.pages == 0) ? 0 : this.precisionSum / this.pages;
	}

	double recall() {
		return (this.pages == 0) ? 0 : this.recallSum / this.pages;
	}

	double f1() {
		double p = precision();
		double r = recall();
		return (p + r == 0) ? 0 : 2 * p * r / (p + r);
	}

	double accuracy() {
		return (this.pages == 0) ? 0 : (double) this.exact / this.pages;
	}

	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	static Map<String, Integer> shingles(List<String> tokens) {
		Map<String, Integer> shingles = new HashMap<>();
		if (tokens.isEmpty()) {
			return shingles;
		}
		int size = Math.min(SHINGLE, tokens.size());
		for (int i = 0; i + size <= tokens.size(); i++) {
			shingles.merge(String.join("\u0001", tokens.subList(i, i + size)), 1, Integer::sum);
		}
		return shingles;
	}

}
