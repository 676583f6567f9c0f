package id.warta.article;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The articles' version is read from the database once for a while, follows what this
 * node stores at once, and is read each time inside a transaction that may have written.
 */
class ArticleCatalogVersionTests {

	private final ArticleRepository articles = mock(ArticleRepository.class);

	private final AtomicLong now = new AtomicLong(1_000_000_000L);

	private final Queue<Runnable> rereads = new ArrayDeque<>();

	private final ArticleCatalog catalog = new ArticleCatalog(this.articles, mock(OutletRepository.class),
			mock(ArticleCopyRepository.class), this.now::get, this.rereads::add);

	@Test
	void isReadOnceForAWhileAndFollowsTheArticlesThisNodeStoresAtOnce() {
		given(this.articles.version()).willReturn(new CatalogVersion(10, 10), new CatalogVersion(13, 14));
		assertThat(this.catalog.version()).isEqualTo("10/10");
		this.now.addAndGet(ArticleCatalog.VERSION_LIFETIME.toNanos() / 2);
		assertThat(this.catalog.version()).isEqualTo("10/10");
		this.catalog.stored(new ArticleStored(12, "b.txt"));
		this.catalog.stored(new ArticleStored(11, "a.txt"));
		assertThat(this.catalog.version()).isEqualTo("12/12");
		verify(this.articles, times(1)).version();
		// Past its lifetime the database is asked again, apart, for what other nodes
		// stored.
		this.now.addAndGet(ArticleCatalog.VERSION_LIFETIME.toNanos());
		assertThat(this.catalog.version()).isEqualTo("12/12");
		assertThat(this.catalog.version()).isEqualTo("12/12");
		assertThat(this.rereads).hasSize(1);
		this.rereads.remove().run();
		assertThat(this.catalog.version()).isEqualTo("13/14");
		verify(this.articles, times(2)).version();
	}

	@Test
	void isReadAgainOnceItsLifetimeIsOverForWhatOtherNodesStore() {
		given(this.articles.version()).willReturn(new CatalogVersion(10, 10), new CatalogVersion(11, 11));
		assertThat(this.catalog.version()).isEqualTo("10/10");
		this.now.addAndGet(ArticleCatalog.VERSION_LIFETIME.toNanos());
		assertThat(this.catalog.version()).isEqualTo("10/10");
		this.rereads.remove().run();
		assertThat(this.catalog.version()).isEqualTo("11/11");
	}

	@Test
	void isReadEachTimeInATransactionThatMayHaveWritten() {
		given(this.articles.version()).willReturn(new CatalogVersion(10, 10), new CatalogVersion(11, 11),
				new CatalogVersion(12, 12));
		assertThat(this.catalog.version()).isEqualTo("10/10");
		TransactionSynchronizationManager.setActualTransactionActive(true);
		try {
			assertThat(this.catalog.version()).isEqualTo("11/11");
			assertThat(this.catalog.version()).isEqualTo("12/12");
		}
		finally {
			TransactionSynchronizationManager.setActualTransactionActive(false);
		}
	}

}
