package id.warta.source;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

	private final Set<Long> running = ConcurrentHashMap.newKeySet();

	private volatile boolean stopping;

	SourceRunner(SourceRepository sources, SourceCrawler crawler, TransactionTemplate transactions,
			SourceSettings settings, Clock clock) {
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
	 * Starts a run of the source unless one is going on.
	 * @return whether a run was started
	 */
	boolean start(long sourceId) {
		if (this.stopping || !this.running.add(sourceId)) {
			return false;
		}
		try {
			this.executor.execute(() -> runNow(sourceId));
			return true;
		}
		catch (RejectedExecutionException ex) {
			this.running.remove(sourceId);
			return false;
		}
	}

	boolean isRunning(long sourceId) {
		return this.running.contains(sourceId);
	}

	private void runNow(long sourceId) {
		try {
			Source source = this.sources.findById(sourceId).orElse(null);
			if (source == null) {
				return;
			}
			SourceCrawler.CrawlTarget target = new SourceCrawler.CrawlTarget(sourceId, source.getUrl(),
					source.getKind(), source.getUrlPattern(), source.validators());
			logger.info("Polling source {} ({})", sourceId, source.getUrl());
			CrawlReport report = this.crawler.crawl(target, CrawlProgress.NONE, () -> this.stopping);
			this.transactions.executeWithoutResult((status) -> this.sources.findById(sourceId)
				.ifPresent((current) -> current.recordRun(report, this.clock.instant(), this.settings.maxBackoff())));
			logger.info("Source {}: {} new, {} duplicates, {} failed, {} already known{}", sourceId, report.fresh(),
					report.duplicates(), report.failed(), report.known(),
					(report.error() != null) ? "; run failed: " + report.error() : "");
		}
		catch (RuntimeException ex) {
			logger.warn("Run of source {} failed", sourceId, ex);
		}
		finally {
			this.running.remove(sourceId);
		}
	}

	/**
	 * Asks running crawls to stop after the page in hand, waits up to 30 s for them, and
	 * then interrupts those still running, so that shutdown never hangs on a slow site.
	 */
	@EventListener(ContextClosedEvent.class)
	void stop() throws InterruptedException {
		this.stopping = true;
		ThreadPoolExecutor pool = this.executor.getThreadPoolExecutor();
		pool.shutdown();
		if (!pool.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
			logger.warn("Crawls still running after {} s at shutdown: interrupting them", STOP_WAIT.toSeconds());
			pool.shutdownNow();
			pool.awaitTermination(10, TimeUnit.SECONDS);
		}
	}

	static final Duration STOP_WAIT = Duration.ofSeconds(30);

}
