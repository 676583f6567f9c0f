package id.warta.source;

import id.warta.article.ImportResult;

/**
 * Hears how a crawl goes: how many articles it found to fetch, then each one's result.
 */
interface CrawlProgress {

	/** Hears nothing. */
	CrawlProgress NONE = new CrawlProgress() {
	};

	/**
	 * More articles were found to fetch.
	 */
	default void found(int articles) {
	}

	/**
	 * One article is done.
	 */
	default void done(ImportResult result) {
	}

}
