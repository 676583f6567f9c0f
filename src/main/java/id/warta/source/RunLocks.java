package id.warta.source;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The locks that make each source run happen on one node at a time when several Warta
 * nodes share a database: ShedLock's JDBC provider on its {@code shedlock} table, with
 * the database's clock, so that the nodes' own clocks do not matter.
 */
@Configuration(proxyBeanMethods = false)
class RunLocks {

	/**
	 * The source locks: each extended while its run lasts (ShedLock's keep-alive, at half
	 * of {@link SourceRunner#LOCK_AT_MOST}), so that a long run keeps its source and a
	 * node that dies frees it at most that long after.
	 */
	@Bean
	LockProvider sourceRunLocks(DataSource dataSource) {
		ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "source-lock-keep-alive");
			thread.setDaemon(true);
			return thread;
		});
		return new KeepAliveLockProvider(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build()), keepAlive);
	}

}
