package id.warta.cli;

import java.io.PrintStream;

import id.warta.story.StoryRebuilder;
import org.springframework.context.ApplicationContext;

/**
 * {@code warta restory}: takes every article out of its story and places them all again
 * with today's rules, in the order they were stored, with a progress bar on a terminal or
 * a line per tenth otherwise.
 */
final class RestoryCommand {

	private final StoryRebuilder rebuilder;

	private final PrintStream out;

	RestoryCommand(ApplicationContext context, PrintStream out) {
		this.rebuilder = context.getBean(StoryRebuilder.class);
		this.out = out;
	}

	int run() {
		long total = this.rebuilder.articles();
		this.out.println("Placing " + total + " articles in stories again");
		Progress progress = new Progress(this.out, total, System.console() != null);
		long start = System.nanoTime();
		long done = this.rebuilder.rebuild(progress::update);
		progress.finish(done);
		double seconds = (System.nanoTime() - start) / 1e9;
		this.out.printf("Placed %d articles in %.1f s (%.0f articles/s)%n", done, seconds, done / seconds);
		return 0;
	}

}
