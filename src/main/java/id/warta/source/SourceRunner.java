package id.warta.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs sources on their own threads, one run per source at a time. At shutdown, running
 * crawls are told to stop after the page they are on, and the executor waits for them;
 * any still running after the wait are interrupted, which abandons their fetch cleanly.
 */
@Component
class SourceRunner {

	private static final Logger logger = LoggerFactory.getLogger(SourceRunner.class);

	private final SourceRepository sources;

	private final SourceCrawler crawler;

	private final TransactionTemplate transactions;

	private final SourceSettings settings;

	private final Clock clock;

	private final ThreadPoolTaskExecutor executor;

	// The runs going on here, by source.
	private final Map<Long, RunningSource> running = new ConcurrentHashMap<>();

	private final LockProvider locks;

	private volatile boolean stopping;

	SourceRunner(SourceRepository sources, SourceCrawler crawler, TransactionTemplate transactions,
			SourceSettings settings, Clock clock, LockProvider locks) {
		this.locks = locks;
		this.sources = sources;
		this.crawler = crawler;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
		this.executor = new ThreadPoolTaskExecutor();
		this.executor.setCorePoolSize(Math.max(1, settings.concurrentSources()));
		this.executor.setMaxPoolSize(Math.max(1, settings.concurrentSources()));
		this.executor.setQueueCapacity(1000);
		this.executor.setThreadNamePrefix("source-");
		this.executor.initialize();
	}

	/**
	 * Starts a run of the source unless one is going on, here or on another node: "run
	 * now", whatever the schedule says.
	 * @return whether a run was started; not when this node or another one is running it
	 */
	boolean start(long sourceId) {
		return start(sourceId, false);
	}

	/**
	 * Starts a run of the source if it is still due when its lock is had: the scheduler's
	 * runs, which another node may have made meanwhile.
	 * @return whether a run was started (it may then find the source no longer due)
	 */
	boolean startIfDue(long sourceId) {
		return start(sourceId, true);
	}

	/**
	 * Takes the source's lock here, so that the caller knows whether another node holds
	 * it, and hands it to the run, which releases it when the run is recorded: a node
	 * that gets it afterwards sees the source no longer due.
	 */
	private boolean start(long sourceId, boolean onlyIfDue) {
		RunningSource run = new RunningSource(sourceId);
		if (this.stopping || this.running.putIfAbsent(sourceId, run) != null) {
			return false;
		}
		Optional<SimpleLock> lock;
		try {
			lock = this.locks
				.lock(new LockConfiguration(this.clock.instant(), "source-" + sourceId, LOCK_AT_MOST, Duration.ZERO));
		}
		catch (RuntimeException ex) {
			this.running.remove(sourceId);
			throw ex;
		}
		if (lock.isEmpty()) {
			this.running.remove(sourceId);
			logger.info("Source {} is being run by another node", sourceId);
			return false;
		}
		try {
			this.executor.execute(() -> runLocked(run, onlyIfDue, lock.get()));
			return true;
		}
		catch (RejectedExecutionException ex) {
			lock.get().unlock();
			this.running.remove(sourceId);
			return false;
		}
	}

	boolean isRunning(long sourceId) {
		return this.running.containsKey(sourceId);
	}

	/**
	 * Asks the source's run going on here, if any, to stop after the page in hand: the
	 * source was paused or deleted. A run on another node sees it in the database.
	 */
	void halt(long sourceId) {
		RunningSource run = this.running.get(sourceId);
		if (run != null) {
			run.halted = true;
		}
	}

	private void runLocked(RunningSource run, boolean onlyIfDue, SimpleLock lock) {
		long sourceId = run.sourceId;
		try {
			runNow(run, onlyIfDue);
		}
		catch (Throwable ex) {
			logger.warn("Run of source {} failed", sourceId, ex);
		}
		finally {
			try {
				lock.unlock();
			}
			finally {
				this.running.remove(sourceId);
			}
		}
	}

	/**
	 * A source lock's term: extended every half of it while its run lasts, so a node that
	 * died (or a server killed and started again) frees it at most this long after.
	 */
	static final Duration LOCK_AT_MOST = Duration.ofMinutes(1);

	private boolean runNow(RunningSource run, boolean onlyIfDue) {
		long sourceId = run.sourceId;
		try {
			Source source = this.sources.findById(sourceId).orElse(null);
			if (source == null) {
				return false;
			}
			Instant next = source.getNextRunAt();
			if (onlyIfDue && (source.isPaused() || (next != null && next.isAfter(this.clock.instant())))) {
				// Another node ran it since this one found it due.
				return false;
			}
			SourceCrawler.CrawlTarget target = new SourceCrawler.CrawlTarget(sourceId, source.getUrl(),
					source.getKind(), source.getUrlPattern(), source.validators());
			logger.info("Polling source {} ({})", sourceId, source.getUrl());
			run.pausedAtStart = source.isPaused();
			CrawlReport report = this.crawler.crawl(target, CrawlProgress.NONE, () -> this.stopping || shouldHalt(run));
			this.transactions.executeWithoutResult((status) -> this.sources.findById(sourceId)
				.ifPresent((current) -> current.recordRun(report, this.clock.instant(), this.settings.maxBackoff())));
			logger.info("Source {}: {} new, {} duplicates, {} failed, {} already known{}", sourceId, report.fresh(),
					report.duplicates(), report.failed(), report.known(),
					(report.error() != null) ? "; run failed: " + report.error() : "");
			return true;
		}
		catch (RuntimeException ex) {
			logger.warn("Run of source {} failed", sourceId, ex);
			return false;
		}
	}

	/**
	 * Whether a run should stop: it was halted here, or, asked of the database at most
	 * every {@link #CHECK_SOURCE_EVERY}, its source has been deleted or paused since the
	 * run started (from another node, say). A paused source run by "run now" goes on.
	 */
	private boolean shouldHalt(RunningSource run) {
		if (run.halted) {
			return true;
		}
		long now = System.nanoTime();
		if (now - run.checkedAt >= CHECK_SOURCE_EVERY.toNanos()) {
			run.checkedAt = now;
			Optional<Boolean> paused = this.sources.findPausedById(run.sourceId);
			run.halted = paused.isEmpty() || (paused.get() && !run.pausedAtStart);
		}
		return run.halted;
	}

	/** How often a run asks the database whether its source is still to be run. */
	static final Duration CHECK_SOURCE_EVERY = Duration.ofSeconds(10);

	/**
	 * A run going on here.
	 */
	private static final class RunningSource {

		private final long sourceId;

		private volatile boolean halted;

		private volatile boolean pausedAtStart;

		private volatile long checkedAt = System.nanoTime();

		RunningSource(long sourceId) {
			this.sourceId = sourceId;
		}

	}

	/**
	 * Asks running crawls to stop after the page in hand, waits for them (30 s unless
	 * {@code warta.sources.stop-wait} says otherwise), and then interrupts those still
	 * running and abandons their fetches, so that shutdown never hangs on a slow site.
	 */
	@EventListener(ContextClosedEvent.class)
	void stop() throws InterruptedException {
		this.stopping = true;
		ThreadPoolExecutor pool = this.executor.getThreadPoolExecutor();
		pool.shutdown();
		Duration wait = this.settings.stopWait();
		if (!pool.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
			logger.warn("Crawls still running after {} at shutdown: interrupting them", wait);
			pool.shutdownNow();
			// A fetch blocked on a socket does not see the interrupt.
			this.crawler.abandonFetches();
			pool.awaitTermination(10, TimeUnit.SECONDS);
		}
	}

}
