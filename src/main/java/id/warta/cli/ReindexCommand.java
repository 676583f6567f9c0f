package id.warta.cli;

import java.io.PrintStream;

import id.warta.search.IndexRebuilder;
import org.springframework.context.ApplicationContext;

/**
 * {@code warta reindex}: rebuilds the search index from the database with a progress bar
 * on a terminal, or a line per tenth when the output goes to a file.
 */
final class ReindexCommand {

	private final IndexRebuilder rebuilder;

	private final PrintStream out;

	ReindexCommand(ApplicationContext context, PrintStream out) {
		this.rebuilder = context.getBean(IndexRebuilder.class);
		this.out = out;
	}

	int run() {
		long total = this.rebuilder.articlesToIndex();
		this.out.println("Reindexing " + total + " articles");
		Progress progress = new Progress(this.out, total, System.console() != null);
		long start = System.nanoTime();
		try {
			long done = this.rebuilder.rebuild(progress::update);
			progress.finish(done);
			double seconds = (System.nanoTime() - start) / 1e9;
			this.out.printf("Reindexed %d articles in %.1f s (%.0f articles/s)%n", done, seconds, done / seconds);
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.out.println("Reindexing interrupted");
			return 1;
		}
	}

}
