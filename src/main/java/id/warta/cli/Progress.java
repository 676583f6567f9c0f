package id.warta.cli;

import java.io.PrintStream;

/**
 * Progress of a long command: a bar redrawn in place on a terminal, or a line at each
 * tenth otherwise, so that logs and CI output stay readable.
 */
final class Progress {

	private static final int WIDTH = 40;

	private final PrintStream out;

	private final long total;

	private final boolean terminal;

	private final long start = System.nanoTime();

	private long lastShown = -1;

	Progress(PrintStream out, long total, boolean terminal) {
		this.out = out;
		this.total = total;
		this.terminal = terminal;
	}

	/**
	 * Shows that {@code done} of the total are done; called from any thread.
	 */
	synchronized void update(long done) {
		long step = this.terminal ? Math.max(1, this.total / 200) : Math.max(1, this.total / 10);
		if (done / step == this.lastShown / step && done < this.total) {
			return;
		}
		this.lastShown = done;
		this.out.print(line(done));
		this.out.print(this.terminal ? "\r" : System.lineSeparator());
		this.out.flush();
	}

	synchronized void finish(long done) {
		if (this.lastShown != done) {
			this.out.print(line(done));
		}
		this.out.println();
	}

	String line(long done) {
		double fraction = (this.total > 0) ? Math.min(1.0, (double) done / this.total) : 1.0;
		int filled = (int) Math.round(fraction * WIDTH);
		double seconds = Math.max((System.nanoTime() - this.start) / 1e9, 1e-3);
		return "[%s%s] %3d%% %d/%d %.0f/s".formatted("#".repeat(filled), " ".repeat(WIDTH - filled),
				Math.round(fraction * 100), done, this.total, done / seconds);
	}

}
