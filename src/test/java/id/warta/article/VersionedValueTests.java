package id.warta.article;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Values counted over all articles: computed once per version of the articles, and by one
 * thread at a time.
 */
class VersionedValueTests {

	private final VersionedValue<String> value = new VersionedValue<>();

	private final AtomicInteger computed = new AtomicInteger();

	@Test
	void isComputedOncePerVersionOfTheArticles() {
		assertThat(this.value.get("10/10", () -> counted("ten"))).isEqualTo("ten");
		assertThat(this.value.get("10/10", () -> counted("again"))).isEqualTo("ten");
		assertThat(this.value.get("11/12", () -> counted("eleven"))).isEqualTo("eleven");
		assertThat(this.computed).hasValue(2);
	}

	@Test
	void whileOneReaderComputesTheNewValueTheOthersGetTheOneBefore() throws Exception {
		this.value.get("1/1", () -> counted("old"));
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> this.value.get("2/2", () -> {
			started.countDown();
			await(finish);
			return counted("new");
		}));
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(this.value.get("2/2", () -> counted("counted twice"))).isEqualTo("old");
		finish.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("new");
		assertThat(this.value.get("2/2", () -> counted("counted twice"))).isEqualTo("new");
		assertThat(this.computed).hasValue(2);
	}

	@Test
	void theFirstValueIsWaitedForAndComputedOnce() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> this.value.get("1/1", () -> {
			started.countDown();
			await(finish);
			return counted("first");
		}));
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<String> second = CompletableFuture
			.supplyAsync(() -> this.value.get("1/1", () -> counted("second")));
		finish.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
		assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("first");
		assertThat(this.computed).hasValue(1);
	}

	@Test
	void aComputationThatFailsLeavesTheNextCallerToTryAgain() {
		this.value.get("1/1", () -> counted("old"));
		assertThatThrownBy(() -> this.value.get("2/2", () -> {
			throw new IllegalStateException("index closed");
		})).hasMessage("index closed");
		assertThat(this.value.get("2/2", () -> counted("new"))).isEqualTo("new");
	}

	private String counted(String result) {
		this.computed.incrementAndGet();
		return result;
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
