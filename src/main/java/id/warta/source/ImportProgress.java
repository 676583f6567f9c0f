package id.warta.source;

import java.io.PrintStream;
import java.time.Duration;

import id.warta.article.ImportResult;
import id.warta.article.ImportResult.Status;

/**
 * The {@code import} command's progress: on a terminal a bar redrawn in place (count,
 * rate, time left); elsewhere a plain line now and then, since each article is logged
 * anyway. Thread-safe.
 */
final class ImportProgress implements CrawlProgress {

	private static final int BAR_WIDTH = 30;

	private final PrintStream out;

	private final boolean terminal;

	private final long started = System.nanoTime();

	private long lastDrawn;

	private int total;

	private int done;

	private int fresh;

	private int duplicates;

	private int failed;

	ImportProgress(PrintStream out, boolean terminal) {
		this.out = out;
		this.terminal = terminal;
	}

	@Override
	public synchronized void found(int articles) {
		this.total += articles;
		draw(false);
	}

	@Override
	public synchronized void done(ImportResult result) {
		this.done++;
		if (result.status() == Status.IMPORTED) {
			this.fresh++;
		}
		else if (result.status() == Status.DUPLICATE) {
			this.duplicates++;
		}
		else {
			this.failed++;
		}
		draw(false);
	}

	synchronized int failed() {
		return this.failed;
	}

	/**
	 * Counts a failure that is no article, such as a feed that cannot be read.
	 */
	synchronized void failedInput() {
		this.failed++;
	}

	/**
	 * The closing line.
	 */
	synchronized String summary() {
		draw(true);
		if (this.terminal) {
			this.out.println();
		}
		double seconds = elapsedSeconds();
		return "Import done: %d new, %d duplicates, %d failed, of %d articles, in %.1f s (%.1f articles/s)".formatted(
				this.fresh, this.duplicates, this.failed, this.done, seconds, this.done / Math.max(seconds, 1e-3));
	}

	String line() {
		double seconds = elapsedSeconds();
		double rate = this.done / Math.max(seconds, 1e-3);
		int left = Math.max(0, this.total - this.done);
		String eta = (rate > 0 && left > 0) ? clock(Duration.ofSeconds((long) Math.ceil(left / rate))) : "–";
		int percent = (this.total == 0) ? 0 : (int) (100L * this.done / this.total);
		return "%d/%d (%d%%)  %.1f/s  %s left  new %d, duplicate %d, failed %d".formatted(this.done, this.total,
				percent, rate, eta, this.fresh, this.duplicates, this.failed);
	}

	private void draw(boolean force) {
		long now = System.nanoTime();
		long every = this.terminal ? 100_000_000L : 10_000_000_000L;
		if (!force && now - this.lastDrawn < every) {
			return;
		}
		this.lastDrawn = now;
		if (this.terminal) {
			int filled = (this.total == 0) ? 0 : (int) ((long) BAR_WIDTH * this.done / this.total);
			String bar = "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled);
			this.out.print("\r[" + bar + "] " + line() + "   ");
			this.out.flush();
		}
		else if (!force) {
			this.out.println("import: " + line());
		}
	}

	private double elapsedSeconds() {
		return (System.nanoTime() - this.started) / 1e9;
	}

	private static String clock(Duration duration) {
		long seconds = duration.getSeconds();
		return (seconds >= 3600) ? "%d:%02d:%02d".formatted(seconds / 3600, (seconds % 3600) / 60, seconds % 60)
				: "%d:%02d".formatted(seconds / 60, seconds % 60);
	}

}
