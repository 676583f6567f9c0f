package id.warta.story;

import java.util.List;

/**
 * B-cubed precision and recall of a grouping against the true one: for each item, the
 * share of its predicted group that truly belongs with it, and the share of its true
 * group that was put with it, averaged over items. Also the pairs joined wrongly.
 *
 * @param precision mean per-item precision
 * @param recall mean per-item recall
 * @param wrongPairs pairs put together that belong to different stories
 */
record BCubed(double precision, double recall, int wrongPairs) {

	static BCubed of(List<String> truth, List<Long> predicted) {
		int n = truth.size();
		double precision = 0;
		double recall = 0;
		int wrong = 0;
		for (int i = 0; i < n; i++) {
			int sameBoth = 0;
			int samePredicted = 0;
			int sameTrue = 0;
			for (int j = 0; j < n; j++) {
				boolean p = predicted.get(i).equals(predicted.get(j));
				boolean t = truth.get(i).equals(truth.get(j));
				samePredicted += p ? 1 : 0;
				sameTrue += t ? 1 : 0;
				sameBoth += (p && t) ? 1 : 0;
				if (j > i && p && !t) {
					wrong++;
				}
			}
			precision += (double) sameBoth / samePredicted;
			recall += (double) sameBoth / sameTrue;
		}
		return new BCubed(precision / n, recall / n, wrong);
	}

	double f1() {
		return 2 * this.precision * this.recall / (this.precision + this.recall);
	}

}
