package id.warta.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar started on Spring's code generated at build time
 * ({@code -Dspring.aot.enabled=true}): the reader answers every page a first reader
 * reads, with the seeds in and grouped, and a setting that would choose other beans stops
 * the start with the reason. Run by failsafe after {@code package}.
 */
class AheadOfTimeStartIT {

	private static final Path JAR = Path.of("target", "warta.jar");

	private static final Duration LIMIT = Duration.ofMinutes(2);

	@TempDir
	Path data;

	@Test
	void theReaderStartsOnTheGeneratedCodeAndAnswersItsPages() throws Exception {
		int port = freePort();
		Path log = this.data.resolve("start.log");
		Process process = start(log, "--server.port=" + port, "--warta.data-dir=" + this.data.resolve("data"),
				"--warta.seeds-dir=seeds");
		try {
			URI base = URI.create("http://localhost:" + port);
			awaitHomePage(process, base, log);
			assertThat(Files.readString(log)).contains("Starting AOT-processed WartaApplication");
			Map<String, Integer> pages = TrainingRun.readPages(base);
			assertThat(pages.keySet()).anyMatch((path) -> path.matches("/liputan/\\d+"))
				.anyMatch((path) -> path.matches("/articles/\\d+"));
			assertThat(pages).allSatisfy((path, status) -> assertThat(status).as(path).isEqualTo(200));
		}
		finally {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
	}

	@Test
	void aSettingThatChoosesOtherBeansStopsTheStartWithTheReason() throws Exception {
		Path log = this.data.resolve("refused.log");
		Process process = start(log, "--server.port=0", "--warta.data-dir=" + this.data.resolve("data"),
				"--warta.search.backend=opensearch");
		assertThat(process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isNotZero();
		assertThat(Files.readString(log)).contains("warta.search.backend=opensearch")
			.contains("start without -Dspring.aot.enabled=true");
	}

	private static Process start(Path log, String... arguments) throws IOException {
		assertThat(JAR).as("run after package").isRegularFile();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dspring.aot.enabled=true",
						"-jar", JAR.toString()));
		command.addAll(List.of(arguments));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	private static void awaitHomePage(Process process, URI base, Path log) throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		long deadline = System.nanoTime() + LIMIT.toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(process.isAlive()).as(() -> "the start failed:\n" + read(log)).isTrue();
			try {
				HttpRequest request = HttpRequest.newBuilder(base.resolve("/")).timeout(Duration.ofSeconds(10)).build();
				if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// Not listening yet.
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no home page in " + LIMIT + ":\n" + read(log));
	}

	private static String read(Path log) {
		try {
			return Files.readString(log);
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
