package id.warta;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.warta.bench.AdminSession;
import id.warta.bench.PageFolderSite;
import id.warta.search.IndexRebuilder;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Crash-safety command (not a test): imports a folder of pages with the packaged
 * {@code import} command, kills it with SIGKILL at random moments, starts it again each
 * time, lets the last run finish, and then checks that every article the command logged
 * as imported is stored with its source under the id logged (an article lost and imported
 * again in a later run counts as lost: its first id holds another or none), that none is
 * partial (without body or story), that none is stored twice, and that the search index
 * holds exactly the database's ids (as the kills left it, and after the repair at start).
 * Or the same for a server crawling the folder as a site.
 *
 * <pre>
 * ./mvnw -DskipTests package
 * java -cp ... id.warta.cli.SyntheticPages 5000 /tmp/synpages
 * java -cp ... id.warta.CrashSafety target/warta.jar /tmp/synpages 10
 * </pre>
 *
 * Arguments: the jar, the folder, the number of kills (10), then any arguments for the
 * {@code import} command, such as another {@code --spring.datasource.url}. With
 * {@code server} as the fourth argument, the same for a server that ingests the folder
 * from a site on this machine, added as a source by its admin (the arguments after it are
 * the server's).
 */
public final class CrashSafety {

	private static final Pattern IMPORTED = Pattern.compile("Imported (\\S+) as article (\\d+):");

	/** What the starts did to the index, as they logged it. */
	private static final Map<String, Integer> STARTS = new ConcurrentHashMap<>();

	private static final List<String> START_LINES = List.of("Search index repaired", "rebuilding the index",
			"analysing every article again");

	/** Lines of the processes' logs shown as they come: how each run went. */
	private static final Pattern SHOWN = Pattern.compile(" (ERROR|WARN) | Source \\d+: | Polling source ");

	private CrashSafety() {
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]);
		Path pages = Path.of(args[1]);
		int kills = (args.length > 2) ? Integer.parseInt(args[2]) : 10;
		List<String> extra = new ArrayList<>((args.length > 3) ? List.of(args).subList(3, args.length) : List.of());
		boolean server = !extra.isEmpty() && extra.get(0).equals("server");
		if (server) {
			extra.remove(0);
		}
		long files;
		try (var listed = Files.list(pages)) {
			files = listed.count();
		}
		Path data = Files.createTempDirectory("warta-crash-");
		List<Map.Entry<String, Long>> logged = java.util.Collections.synchronizedList(new ArrayList<>());
		Random random = new Random(42);
		try {
			if (server) {
				System.out.printf(Locale.ROOT,
						"Crash safety: a server ingesting %d pages of %s from a loopback site, killed %d times%n",
						files, pages, kills);
				try (PageFolderSite site = new PageFolderSite(pages)) {
					new ServerRuns(jar, data, extra, site, logged, random).run(kills);
				}
			}
			else {
				System.out.printf(Locale.ROOT, "Crash safety: importing %d pages of %s, killed %d times%n", files,
						pages, kills);
				importRuns(jar, pages, data, extra, logged, random, kills);
			}
			check(data, logged);
		}
		finally {
			FileSystemUtils.deleteRecursively(data);
		}
	}

	private static void importRuns(Path jar, Path pages, Path data, List<String> extra,
			List<Map.Entry<String, Long>> logged, Random random, int kills) throws Exception {
		for (int k = 1; k <= kills + 1; k++) {
			boolean last = k > kills;
			List<String> command = new ArrayList<>(List.of("java", "-Xmx512m", "-jar", jar.toString(), "import",
					pages.toString(), "--warta.data-dir=" + data, "--warta.seeds-dir=" + data.resolve("no-seeds")));
			command.addAll(extra);
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			int before = logged.size();
			Thread reader = new Thread(() -> read(process, logged, (line) -> {
			}));
			reader.start();
			if (last) {
				process.waitFor();
			}
			else {
				// After the start (about 8 s), somewhere in the import.
				long delay = 8_000 + random.nextInt(12_000);
				if (!process.waitFor(delay, TimeUnit.MILLISECONDS)) {
					process.destroyForcibly().waitFor();
				}
			}
			reader.join();
			report(k, last, logged.size() - before, logged.size());
		}
	}

	private static void report(int run, boolean last, int more, int all) {
		System.out.printf(Locale.ROOT, "  run %2d: %s after %d more articles logged as imported (%d in all)%n", run,
				last ? "finished" : "killed", more, all);
	}

	/**
	 * The server's runs: each starts the packaged server on the data folder, signs in as
	 * the admin, adds the loopback site's sitemap as a source the first time and runs it,
	 * and is killed at a random moment of the crawl; the last one finishes the crawl and
	 * stops.
	 */
	private record ServerRuns(Path jar, Path data, List<String> extra, PageFolderSite site,
			List<Map.Entry<String, Long>> logged, Random random) {

		private static final String PASSWORD = "crash-safety-" + Long.toHexString(System.nanoTime());

		private static final Pattern CRAWLED = Pattern.compile("Source (\\d+): \\d+ new");

		void run(int kills) throws Exception {
			long source = -1;
			for (int k = 1; k <= kills + 1; k++) {
				boolean last = k > kills;
				int port = freePort();
				List<String> command = new ArrayList<>(List.of("java", "-Xmx512m", "-jar", this.jar.toString(),
						"--warta.data-dir=" + this.data, "--warta.seeds-dir=" + this.data.resolve("no-seeds"),
						"--server.port=" + port, "--warta.fetch.allow-private-addresses=true",
						"--warta.fetch.host-delay=0", "--warta.sources.scheduling=false"));
				command.addAll(this.extra);
				ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
				builder.environment().put("WARTA_ADMIN_PASSWORD", PASSWORD);
				Process process = builder.start();
				int before = this.logged.size();
				CountDownLatch started = new CountDownLatch(1);
				CountDownLatch polling = new CountDownLatch(1);
				CountDownLatch crawled = new CountDownLatch(1);
				Thread reader = new Thread(() -> read(process, this.logged, (line) -> {
					if (line.contains("Started WartaApplication")) {
						started.countDown();
					}
					if (line.contains("Polling source")) {
						polling.countDown();
					}
					if (CRAWLED.matcher(line).find()) {
						crawled.countDown();
					}
				}));
				reader.start();
				if (!started.await(180, TimeUnit.SECONDS)) {
					process.destroyForcibly().waitFor();
					throw new IllegalStateException("the server did not start in 3 minutes");
				}
				AdminSession admin = AdminSession.signIn("http://127.0.0.1:" + port, "admin", PASSWORD);
				if (source < 0) {
					source = admin.addSitemap(this.site.sitemapUrl(), "Situs Uji Kecelakaan");
				}
				// The killed server's lock on the source stands for up to a minute.
				for (int tries = 0; tries < 40; tries++) {
					admin.run(source);
					if (polling.await(5, TimeUnit.SECONDS)) {
						break;
					}
				}
				if (polling.getCount() > 0) {
					process.destroyForcibly().waitFor();
					throw new IllegalStateException("the source's run did not start in 3 minutes");
				}
				if (last) {
					crawled.await(30, TimeUnit.MINUTES);
					process.destroy();
					process.waitFor();
				}
				else {
					// Somewhere in the storing, which stores a batch of up to 100 pages
					// at a
					// time, tens of pages a second.
					for (int wait = 0; wait < 1200 && this.logged.size() == before; wait++) {
						Thread.sleep(100);
					}
					Thread.sleep(this.random.nextInt(15_000));
					process.destroyForcibly().waitFor();
				}
				reader.join();
				report(k, last, this.logged.size() - before, this.logged.size());
			}
		}

		private static int freePort() throws IOException {
			try (ServerSocket socket = new ServerSocket(0)) {
				return socket.getLocalPort();
			}
		}

	}

	private static void read(Process process, List<Map.Entry<String, Long>> logged, Consumer<String> also) {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				also.accept(line);
				if (SHOWN.matcher(line).find() && line.contains(" : ")) {
					System.out.println("    " + line.substring(line.indexOf(" : ") + 3));
				}
				for (String start : START_LINES) {
					if (line.contains(start)) {
						STARTS.merge(start, 1, Integer::sum);
						System.out.println("    " + line.substring(line.indexOf(" : ") + 3));
					}
				}
				Matcher matcher = IMPORTED.matcher(line);
				if (matcher.find()) {
					logged.add(Map.entry(matcher.group(1), Long.parseLong(matcher.group(2))));
				}
			}
		}
		catch (IOException ex) {
			// The process was killed.
		}
	}

	private static void check(Path data, List<Map.Entry<String, Long>> logged) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WartaApplication.class)
			.web(WebApplicationType.NONE)
			.run("--warta.data-dir=" + data, "--warta.seeds-dir=" + data.resolve("no-seeds"),
					"--warta.sources.scheduling=false", "--warta.search.rebuild-on-start=false",
					"--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			long lost = 0;
			long moved = 0;
			for (Map.Entry<String, Long> entry : logged) {
				List<String> sources = jdbc.queryForList("select source from article where id = ?", String.class,
						entry.getValue());
				if (sources.isEmpty()) {
					lost++;
				}
				else if (!sources.get(0).endsWith(Path.of(entry.getKey()).getFileName().toString())) {
					moved++;
				}
			}
			long articles = jdbc.queryForObject("select count(*) from article", Long.class);
			long hashes = jdbc.queryForObject("select count(distinct content_hash) from article", Long.class);
			long sources = jdbc.queryForObject("select count(distinct source) from article", Long.class);
			long withoutBody = jdbc.queryForObject(
					"select count(*) from article a where not exists (select 1 from article_block b where b.article_id = a.id)",
					Long.class);
			long withoutStory = jdbc.queryForObject("select count(*) from article where story_id is null", Long.class);
			IndexRebuilder rebuilder = context.getBean(IndexRebuilder.class);
			IndexRebuilder.Difference left = rebuilder.difference();
			rebuilder.repair(left);
			IndexRebuilder.Difference after = rebuilder.difference();
			System.out.printf(Locale.ROOT, "  logged as imported: %d; of them not stored: %d, stored otherwise: %d%n",
					logged.size(), lost, moved);
			System.out.printf(Locale.ROOT,
					"  stored: %d articles, %d distinct contents, %d distinct sources; without body: %d,"
							+ " without story: %d%n",
					articles, hashes, sources, withoutBody, withoutStory);
			System.out.printf(Locale.ROOT,
					"  index as the kills left it: %d stored articles missing, %d deleted ones held;"
							+ " after the repair: %d and %d%n",
					left.missing().size(), left.extra().size(), after.missing().size(), after.extra().size());
			System.out.printf(Locale.ROOT, "  starts that repaired the index: %d, that rebuilt it: %d%n",
					STARTS.getOrDefault(START_LINES.get(0), 0), STARTS.getOrDefault(START_LINES.get(1), 0));
			boolean safe = lost == 0 && moved == 0 && hashes == articles && sources == articles && withoutBody == 0
					&& withoutStory == 0 && after.isEmpty();
			System.out.println(safe ? "  SAFE: nothing logged was lost, nothing partial or twice"
					: "  UNSAFE: see the figures above");
		}
	}

}
