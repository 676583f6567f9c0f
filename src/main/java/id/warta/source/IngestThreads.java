package id.warta.source;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * The threads that extract and store fetched pages. The queue is short and a full queue
 * makes the fetching thread store the page itself, so fetching never runs far ahead of
 * storing (and memory stays flat).
 */
@Component
class IngestThreads implements DisposableBean {

	private final ThreadPoolExecutor executor;

	IngestThreads(SourceSettings settings) {
		int threads = Math.max(1, settings.ingestThreads());
		this.executor = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES,
				new ArrayBlockingQueue<>(threads * 8), new CustomizableThreadFactory("ingest-"),
				IngestThreads::runInCaller);
	}

	/**
	 * A full queue: the fetching thread stores the page itself. Shut down: refused
	 * loudly, so that a crawl still running at shutdown ends rather than waiting for a
	 * page that no thread will store (the JDK's caller-runs policy drops it silently).
	 */
	private static void runInCaller(Runnable task, ThreadPoolExecutor pool) {
		if (pool.isShutdown()) {
			throw new RejectedExecutionException("ingest is shut down");
		}
		task.run();
	}

	ExecutorService executor() {
		return this.executor;
	}

	@Override
	public void destroy() throws InterruptedException {
		this.executor.shutdown();
		if (!this.executor.awaitTermination(30, TimeUnit.SECONDS)) {
			this.executor.shutdownNow();
		}
	}

}
