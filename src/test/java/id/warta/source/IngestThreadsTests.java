package id.warta.source;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IngestThreadsTests {

	@Test
	void aPageHandedToTheThreadsAfterShutdownIsRefusedNotDroppedSilently() throws Exception {
		IngestThreads threads = new IngestThreads(new SourceSettings(false, Duration.ofMinutes(30),
				Duration.ofHours(24), 4, Duration.ofDays(14), 5000, 0.8, 2, 50000, Duration.ofSeconds(30)));
		assertThat(CompletableFuture.supplyAsync(() -> "stored", threads.executor()).get()).isEqualTo("stored");
		threads.destroy();
		// Before, the caller-runs policy dropped the task and join() waited for ever.
		assertThatThrownBy(() -> CompletableFuture.supplyAsync(() -> "stored", threads.executor())
			.orTimeout(Duration.ofSeconds(5).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
			.join()).isInstanceOf(RejectedExecutionException.class);
	}

}
