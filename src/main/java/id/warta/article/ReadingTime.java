package id.warta.article;

/**
 * Reading time from a word count, at the pace of an average adult reader of news.
 */
final class ReadingTime {

	private static final int WORDS_PER_MINUTE = 200;

	private ReadingTime() {
	}

	static int minutes(int wordCount) {
		return Math.max(1, (wordCount + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
	}

}
