package id.warta.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

class SourceSchedulerTests {

	private static final Instant NOW = Instant.parse("2024-03-05T03:00:00Z");

	private final SourceRepository sources = mock(SourceRepository.class);

	private final SourceRunner runner = mock(SourceRunner.class);

	private final FetchLogRepository log = mock(FetchLogRepository.class);

	private final SourceSettings settings = new SourceSettings(true, Duration.ofMinutes(30), Duration.ofHours(24), 4,
			Duration.ofDays(14), 5000, 0.8, 2, 50000, Duration.ofSeconds(30));

	private final SourceScheduler scheduler = new SourceScheduler(this.sources, this.runner, this.log, this.settings,
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void startsEverySourceThatIsDue() {
		given(this.sources.findDue(NOW)).willReturn(List.of(3L, 7L));
		this.scheduler.startDueSources();
		verify(this.runner).startIfDue(3L);
		verify(this.runner).startIfDue(7L);
		verifyNoMoreInteractions(this.runner);
	}

	@Test
	void forgetsFetchesOlderThanTheRetention() {
		this.scheduler.forgetOldFetches();
		verify(this.log).deleteOlderThan(NOW.minus(Duration.ofDays(14)));
	}

}
