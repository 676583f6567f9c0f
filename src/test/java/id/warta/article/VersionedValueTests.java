package id.warta.article;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Values counted over all articles: computed once per version of the articles, the first
 * waited for, the next ones apart while readers get the one before.
 */
class VersionedValueTests {

	private final Queue<Runnable> refreshes = new ArrayDeque<>();

	private final VersionedValue<String> value = new VersionedValue<>(this.refreshes::add, Duration.ZERO);

	private final AtomicInteger computed = new AtomicInteger();

	@Test
	void isComputedOncePerVersionOfTheArticles() {
		assertThat(this.value.get("10/10", () -> counted("ten"))).isEqualTo("ten");
		assertThat(this.value.get("10/10", () -> counted("again"))).isEqualTo("ten");
		assertThat(this.refreshes).isEmpty();
		assertThat(this.value.get("11/12", () -> counted("eleven"))).isEqualTo("ten");
		assertThat(this.value.get("11/12", () -> counted("asked twice"))).isEqualTo("ten");
		assertThat(this.refreshes).hasSize(1);
		this.refreshes.remove().run();
		assertThat(this.value.get("11/12", () -> counted("again"))).isEqualTo("eleven");
		assertThat(this.refreshes).isEmpty();
		assertThat(this.computed).hasValue(2);
	}

	@Test
	void aNewValueComputedWithinTheReadersPatienceIsTheOneTheReaderGets() {
		VersionedValue<String> quick = new VersionedValue<>();
		quick.get("1/1", () -> counted("old"));
		assertThat(quick.get("2/2", () -> counted("new"))).isEqualTo("new");
		assertThat(quick.get("2/2", () -> counted("counted twice"))).isEqualTo("new");
		assertThat(this.computed).hasValue(2);
	}

	@Test
	void pastTheReadersPatienceTheNewValueIsComputedApartAndReadersGetTheOneBefore() throws Exception {
		ExecutorService executor = Executors.newSingleThreadExecutor();
		VersionedValue<String> shared = new VersionedValue<>(executor, Duration.ofMillis(20));
		shared.get("1/1", () -> counted("old"));
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		assertThat(shared.get("2/2", () -> {
			started.countDown();
			await(finish);
			return counted("new");
		})).isEqualTo("old");
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(shared.get("2/2", () -> counted("counted twice"))).isEqualTo("old");
		assertThat(shared.get("3/3", () -> counted("counted while counting"))).isEqualTo("old");
		finish.countDown();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!shared.get("2/2", () -> counted("counted twice")).equals("new") && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(shared.get("2/2", () -> counted("counted twice"))).isEqualTo("new");
		assertThat(this.computed).hasValue(2);
		executor.shutdown();
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
	void aComputationThatFailsKeepsTheValueBeforeAndTheNextReaderAsksAgain() {
		this.value.get("1/1", () -> counted("old"));
		assertThat(this.value.get("2/2", () -> {
			throw new IllegalStateException("index closed");
		})).isEqualTo("old");
		this.refreshes.remove().run();
		assertThat(this.value.get("2/2", () -> counted("new"))).isEqualTo("old");
		this.refreshes.remove().run();
		assertThat(this.value.get("2/2", () -> counted("again"))).isEqualTo("new");
	}

	@Test
	void aTransactionThatMayHaveWrittenComputesItsOwnValueAndKeepsNone() {
		this.value.get("1/1", () -> counted("committed"));
		TransactionSynchronizationManager.setActualTransactionActive(true);
		try {
			assertThat(this.value.get("2/2", () -> counted("its own"))).isEqualTo("its own");
			assertThat(this.value.get("2/2", () -> counted("its own again"))).isEqualTo("its own again");
			TransactionSynchronizationManager.setCurrentTransactionReadOnly(true);
			assertThat(this.value.get("1/1", () -> counted("counted twice"))).isEqualTo("committed");
		}
		finally {
			TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
			TransactionSynchronizationManager.setActualTransactionActive(false);
		}
		assertThat(this.refreshes).isEmpty();
		assertThat(this.value.get("1/1", () -> counted("counted twice"))).isEqualTo("committed");
	}

	@Test
	void aFirstComputationThatFailsLeavesTheNextCallerToTryAgain() {
		assertThatThrownBy(() -> this.value.get("1/1", () -> {
			throw new IllegalStateException("index closed");
		})).hasMessage("index closed");
		assertThat(this.value.get("1/1", () -> counted("first"))).isEqualTo("first");
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
