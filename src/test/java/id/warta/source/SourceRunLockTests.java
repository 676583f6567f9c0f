package id.warta.source;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import id.warta.TemporaryDataDir;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one database (two runners with their own locks and threads, as two Warta
 * processes would have): a due source is fetched once, whichever node sees it first, and
 * a node that gets the lock after the other's run finds the source no longer due.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = { "warta.sources.scheduling=false",
		"warta.fetch.allow-private-addresses=true", "warta.fetch.host-delay=0" })
class SourceRunLockTests {

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		TemporaryDataDir.register(registry);
	}

	@Autowired
	SourceRunner nodeA;

	@Autowired
	SourceService service;

	@Autowired
	SourceRepository sources;

	@Autowired
	SourceCrawler crawler;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	SourceSettings settings;

	@Autowired
	Clock clock;

	@Autowired
	DataSource dataSource;

	@Test
	void aDueSourceIsFetchedOnceAcrossNodes() throws Exception {
		SourceRunner nodeB = new SourceRunner(this.sources, this.crawler, this.transactions, this.settings, this.clock,
				new RunLocks().sourceRunLocks(this.dataSource));
		CountingFeed feeds = new CountingFeed();
		try (MockWebServer site = new MockWebServer()) {
			site.setDispatcher(feeds);
			site.start(java.net.InetAddress.getLoopbackAddress(), 0);
			long id = this.service.add(new SourceForm(site.url("/rss").toString(), SourceKind.FEED, "Uji", null, 30));
			JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
			for (int round = 1; round <= 3; round++) {
				jdbc.update("update source set next_run_at = ? where id = ?",
						Timestamp.from(Instant.now().minusSeconds(60)), id);
				// Both nodes find the source due at the same tick: the one that gets the
				// lock runs it, the other is told another node does.
				assertThat(this.nodeA.startIfDue(id)).isTrue();
				assertThat(nodeB.startIfDue(id)).as("round " + round + ", the other node").isFalse();
				awaitIdle(this.nodeA, nodeB, id);
				assertThat(feeds.fetches()).as("round " + round).isEqualTo(round);
				// A node that comes later finds the run done and the source not due.
				assertThat(nodeB.startIfDue(id)).isTrue();
				awaitIdle(this.nodeA, nodeB, id);
				assertThat(feeds.fetches()).as("round " + round + ", later").isEqualTo(round);
			}
			// The admin's "run now" runs whatever the schedule says, under the same lock,
			// and says so when another node is running the source.
			assertThat(this.nodeA.start(id)).isTrue();
			assertThat(nodeB.start(id)).as("run now while the other node runs it").isFalse();
			awaitIdle(this.nodeA, nodeB, id);
			assertThat(feeds.fetches()).isEqualTo(4);
			assertThat(nodeB.start(id)).isTrue();
			awaitIdle(this.nodeA, nodeB, id);
			assertThat(feeds.fetches()).isEqualTo(5);
			assertThat(
					jdbc.queryForObject("select count(*) from shedlock where name = ?", Integer.class, "source-" + id))
				.isEqualTo(1);
		}
		finally {
			nodeB.stop();
		}
	}

	private static void awaitIdle(SourceRunner a, SourceRunner b, long id) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (a.isRunning(id) || b.isRunning(id)) {
			assertThat(System.nanoTime()).as("runs still going").isLessThan(deadline);
			Thread.sleep(20);
		}
	}

}
