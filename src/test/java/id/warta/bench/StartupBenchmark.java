package id.warta.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Startup benchmark command: seconds from {@code java -jar} to the first page answered
 * (HTTP 200 on {@code /}), for a baseline application (Spring PetClinic) and Warta side
 * by side, in alternating rounds on the same JVM, each Warta start on an empty data
 * folder (so the seeds are imported before the first page). Warta runs as a plain
 * {@code java -jar} and with the class cache that the JVM offers: an AOT cache on Java 25
 * and later ({@code -XX:AOTCache}), a CDS archive before ({@code -XX:SharedArchiveFile}),
 * each made by a training run of the extracted jar that starts and reads its first pages
 * ({@code --warta.training-run=true}) under {@code target/startup/}, and with that cache
 * on the code Spring generated at build time ({@code -Dspring.aot.enabled=true}, a cache
 * of its own). Prints every time, the medians and the ratios to the baseline.
 *
 * <pre>
 * ./mvnw -q -DskipTests package
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=id.warta.bench.StartupBenchmark \
 *     -Dexec.args="--baseline=/path/to/spring-petclinic.jar --rounds=3 [--java=/path/to/bin/java]"
 * </pre>
 */
public final class StartupBenchmark {

	private static final Path WORK = Path.of("target", "startup");

	private static final Duration LIMIT = Duration.ofSeconds(120);

	private StartupBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		String java = options.getOrDefault("java", Path.of(System.getProperty("java.home"), "bin", "java").toString());
		Path jar = Path.of(options.getOrDefault("jar", "target/warta.jar"));
		int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
		String baseline = options.get("baseline");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalArgumentException(jar + " is missing: run ./mvnw -DskipTests package first");
		}
		int feature = javaFeature(java);
		Cache cache = cache(java, feature, jar, false);
		Cache spring = cache(java, feature, jar, true);
		System.out.printf("JVM: %s (Java %d), %d rounds, %d processors%n", java, feature, rounds,
				Runtime.getRuntime().availableProcessors());
		Map<String, List<Double>> times = new LinkedHashMap<>();
		for (int round = 1; round <= rounds; round++) {
			List<String> order = new ArrayList<>(List.of("warta", cache.name(), spring.name()));
			if (baseline != null) {
				order.add(0, "baseline");
			}
			// A different first each round: the machine warms its file cache for whoever
			// starts later.
			Collections.rotate(order, round - 1);
			for (String name : order) {
				double seconds = switch (name) {
					case "baseline" -> firstPage(List.of(java, "-jar", baseline), null);
					case "warta" -> firstPage(List.of(java, "-jar", jar.toString()), freshData());
					default -> firstPage((name.equals(cache.name()) ? cache : spring).command(java), freshData());
				};
				times.computeIfAbsent(name, (key) -> new ArrayList<>()).add(seconds);
				System.out.printf("round %d  %-18s %6.2f s%n", round, name, seconds);
			}
		}
		System.out.println();
		double base = (baseline != null) ? median(times.get("baseline")) : Double.NaN;
		for (Map.Entry<String, List<Double>> entry : times.entrySet()) {
			double median = median(entry.getValue());
			System.out.printf("%-18s median %6.2f s  %s%s%n", entry.getKey(), median, entry.getValue(),
					(baseline != null && !entry.getKey().equals("baseline"))
							? String.format("  ratio to baseline %.2f", median / base) : "");
		}
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException("unknown argument " + arg);
			}
			options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		return options;
	}

	/**
	 * The class cache for this JVM, made once per jar and JVM by a training run; with
	 * {@code springAot}, for a start on Spring's code generated ahead of time.
	 */
	private static Cache cache(String java, int feature, Path jar, boolean springAot) throws Exception {
		Path app = WORK.resolve("warta-app");
		Path extracted = app.resolve(jar.getFileName());
		if (!Files.isRegularFile(extracted)
				|| Files.getLastModifiedTime(extracted).compareTo(Files.getLastModifiedTime(jar)) < 0) {
			deleteTree(app);
			run(List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", app.toString()));
		}
		boolean aot = feature >= 25;
		String base = "warta-" + feature + (springAot ? "-spring" : "");
		Path file = app.resolve(base + (aot ? ".aot" : ".jsa"));
		List<String> flags = new ArrayList<>();
		if (springAot) {
			flags.add("-Dspring.aot.enabled=true");
		}
		if (!Files.isRegularFile(file)
				|| Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(extracted)) < 0) {
			Files.deleteIfExists(file);
			Path data = freshData();
			List<String> training = new ArrayList<>();
			training.add(java);
			training.add(aot ? "-XX:AOTCacheOutput=" + file : "-XX:ArchiveClassesAtExit=" + file);
			training.addAll(flags);
			training.addAll(List.of("-jar", extracted.toString(), "--server.port=0", "--warta.data-dir=" + data,
					"--warta.seeds-dir=seeds", "--warta.training-run=true"));
			System.out.println("Training the " + (aot ? "AOT cache" : "CDS archive") + ": " + file);
			run(training);
		}
		flags.add(0, aot ? "-XX:AOTCache=" + file : "-XX:SharedArchiveFile=" + file);
		flags.addAll(List.of("-jar", extracted.toString()));
		return new Cache("warta+" + (aot ? "aot" : "cds") + (springAot ? "+spring" : ""), flags);
	}

	/** Seconds from the start of the process to its first 200 on {@code /}. */
	private static double firstPage(List<String> command, Path data) throws Exception {
		int port = freePort();
		List<String> full = new ArrayList<>(command);
		full.add("--server.port=" + port);
		if (data != null) {
			full.add("--warta.data-dir=" + data);
			full.add("--warta.seeds-dir=seeds");
		}
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
			.timeout(Duration.ofSeconds(10))
			.build();
		long start = System.nanoTime();
		Process process = new ProcessBuilder(full).redirectErrorStream(true)
			.redirectOutput(WORK.resolve("last-start.log").toFile())
			.start();
		try {
			while (System.nanoTime() - start < LIMIT.toNanos()) {
				if (!process.isAlive()) {
					throw new IllegalStateException(String.join(" ", full) + " exited with " + process.exitValue()
							+ "; see " + WORK.resolve("last-start.log"));
				}
				try {
					if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
						return (System.nanoTime() - start) / 1e9;
					}
				}
				catch (IOException notYet) {
					// Not listening yet.
				}
				Thread.sleep(20);
			}
			throw new IllegalStateException(String.join(" ", full) + " gave no page in " + LIMIT);
		}
		finally {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
			if (data != null) {
				deleteTree(data);
			}
		}
	}

	private static void run(List<String> command) throws Exception {
		Files.createDirectories(WORK);
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(WORK.resolve("training.log").toFile())
			.start();
		if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", command) + " failed; see " + WORK.resolve("training.log"));
		}
	}

	private static int javaFeature(String java) throws Exception {
		Process process = new ProcessBuilder(java, "-XshowSettings:properties", "-version").redirectErrorStream(true)
			.start();
		String out = new String(process.getInputStream().readAllBytes());
		process.waitFor();
		for (String line : out.split("\n")) {
			if (line.strip().startsWith("java.specification.version =")) {
				return Integer.parseInt(line.substring(line.indexOf('=') + 1).strip());
			}
		}
		throw new IllegalStateException("cannot tell the version of " + java);
	}

	private static Path freshData() throws IOException {
		Files.createDirectories(WORK);
		return Files.createTempDirectory(WORK.toAbsolutePath(), "data-");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static double median(List<Double> values) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (var paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/**
	 * A class cache and how to start Warta with it.
	 *
	 * @param name {@code warta+aot} or {@code warta+cds}, with {@code +spring} for
	 * Spring's generated code
	 * @param arguments the JVM's arguments before Warta's own
	 */
	private record Cache(String name, List<String> arguments) {

		List<String> command(String java) {
			List<String> command = new ArrayList<>();
			command.add(java);
			command.addAll(this.arguments);
			return command;
		}

	}

}
