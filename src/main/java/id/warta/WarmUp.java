package id.warta;

import id.warta.language.SearchAliases;
import id.warta.scraper.ArticleExtractor;

/**
 * Loads the language data (gazetteer, aliases, roots) and the extractor's word lists on a
 * thread of their own while Spring reads its configuration on the main one: the first
 * import and the first search then find them ready, and a start on two cores uses both.
 * What the main thread needs before the warm-up has it, it waits for, as for any class.
 */
final class WarmUp {

	private WarmUp() {
	}

	static void start() {
		Thread thread = new Thread(() -> {
			SearchAliases.standard();
			new ArticleExtractor();
		}, "warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.NORM_PRIORITY - 1);
		thread.start();
	}

}
