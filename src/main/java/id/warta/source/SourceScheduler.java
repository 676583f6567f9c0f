package id.warta.source;

import java.time.Clock;
import java.time.Instant;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls each source on its own interval: every half minute the sources that are due are
 * started, each on its own thread. Off with {@code warta.sources.scheduling=false}.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(prefix = "warta.sources", name = "scheduling", havingValue = "true", matchIfMissing = true)
class SourceScheduler {

	private final SourceRepository sources;

	private final SourceRunner runner;

	private final FetchLogRepository log;

	private final SourceSettings settings;

	private final Clock clock;

	SourceScheduler(SourceRepository sources, SourceRunner runner, FetchLogRepository log, SourceSettings settings,
			Clock clock) {
		this.sources = sources;
		this.runner = runner;
		this.log = log;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "10s", fixedDelayString = "30s")
	void startDueSources() {
		for (long id : this.sources.findDue(this.clock.instant())) {
			this.runner.startIfDue(id);
		}
	}

	@Scheduled(initialDelayString = "1m", fixedDelayString = "1h")
	void forgetOldFetches() {
		Instant before = this.clock.instant().minus(this.settings.fetchLogRetention());
		this.log.deleteOlderThan(before);
	}

}
