package id.warta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Gives a Spring test context its own fresh data folder (database and index), and a seeds
 * folder that does not exist unless the test names one; on PostgreSQL, its own database
 * ({@link TestDatabase}).
 */
public final class TemporaryDataDir {

	private TemporaryDataDir() {
	}

	public static Path register(DynamicPropertyRegistry registry) {
		try {
			Path dir = Files.createTempDirectory("warta-test-");
			registry.add("warta.data-dir", dir::toString);
			registry.add("warta.seeds-dir", () -> dir.resolve("no-seeds").toString());
			TestDatabase.register(registry);
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
