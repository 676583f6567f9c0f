package id.warta.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import id.warta.scraper.ArticleExtractor;
import id.warta.scraper.Block;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.ExtractionException;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Extraction benchmark command: runs Warta's extractor, Readability4J and a bare jsoup
 * parse over the same pages in one JVM, and prints precision, recall, F1, exact-match
 * accuracy, errors and CPU time per page. Also runs Warta's text-dump path over the
 * pages' whole-page text dumps, beside the raw dumps themselves.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=id.warta.bench.ExtractionBenchmark \
 *     -Dexec.args="../shared/bench/aeb 5"
 * </pre>
 *
 * Arguments: the benchmark folder (holding {@code html/}, {@code ground-truth.json} and
 * {@code page-text-dumps.json}), the number of timed rounds (after one warm-up) and,
 * optionally, how many of Warta's worst-read pages to list first.
 */
public final class ExtractionBenchmark {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final ArticleExtractor extractor = new ArticleExtractor();

	private ExtractionBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Path dir = Path.of((args.length > 0) ? args[0] : "../shared/bench/aeb");
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 3;
		int worst = (args.length > 2) ? Integer.parseInt(args[2]) : 0;
		new ExtractionBenchmark().run(dir, rounds, worst);
	}

	private void run(Path dir, int rounds, int worst) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		JsonNode truth = json.readTree(dir.resolve("ground-truth.json").toFile());
		Path dumpFile = dir.resolve("page-text-dumps.json");
		JsonNode dumps = Files.isRegularFile(dumpFile) ? json.readTree(dumpFile.toFile()) : json.createObjectNode();
		List<Page> pages = new ArrayList<>();
		for (Map.Entry<String, JsonNode> entry : truth.properties()) {
			Path html = dir.resolve("html").resolve(entry.getKey() + ".html");
			if (Files.isRegularFile(html)) {
				JsonNode dump = dumps.get(entry.getKey());
				pages.add(new Page(entry.getKey(), entry.getValue().get("url").asString(),
						entry.getValue().get("articleBody").asString(), Files.readAllBytes(html),
						(dump != null) ? dump.get("text").asString() : ""));
			}
		}
		System.out.printf(Locale.ROOT, "%d pages from %s, %d timed round(s) after one warm-up%n%n", pages.size(), dir,
				rounds);

		Map<String, Contestant> html = new LinkedHashMap<>();
		html.put("Warta (HTML)", (page) -> text(this.extractor.extract(page.html(), null, URI.create(page.url()))));
		html.put("Readability4J 1.0.8", (page) -> new Readability4J(page.url(), parse(page)).parse().getTextContent());
		html.put("jsoup parse, whole text", (page) -> parse(page).text());
		Map<String, Contestant> dump = new LinkedHashMap<>();
		dump.put("Warta (text dump)", (page) -> text(this.extractor
			.extract(page.dump().getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8", null)));
		dump.put("raw text dump", Page::dump);

		if (worst > 0) {
			System.out.println("Worst-read pages, HTML");
			printWorst(html.values().iterator().next(), pages, worst);
		}
		if (worst > 0 && !dumps.isEmpty()) {
			System.out.println("Worst-read pages, text dumps");
			printWorst(dump.values().iterator().next(), pages, worst);
		}
		System.out.println("HTML pages");
		Map<String, Result> htmlResults = measureAll(html, pages, rounds);
		print(htmlResults, "Readability4J 1.0.8", "jsoup parse, whole text");
		if (!dumps.isEmpty()) {
			System.out.println();
			System.out.println("Whole-page text dumps");
			print(measureAll(dump, pages, rounds), null, null);
		}
	}

	/**
	 * Scores every contestant on every page (which also warms it up), then times them
	 * page by page in turn, so a change in the machine's load during the run weighs on
	 * all of them alike.
	 */
	private static Map<String, Result> measureAll(Map<String, Contestant> contestants, List<Page> pages, int rounds) {
		Map<String, Quality> quality = new LinkedHashMap<>();
		contestants.forEach((name, contestant) -> quality.put(name, score(contestant, pages)));
		Map<String, long[]> cpu = new LinkedHashMap<>();
		contestants.keySet().forEach((name) -> cpu.put(name, new long[1]));
		for (int round = 0; round < rounds; round++) {
			for (Page page : pages) {
				contestants.forEach((name, contestant) -> cpu.get(name)[0] += cpuTime(contestant, page));
			}
		}
		Map<String, Result> results = new LinkedHashMap<>();
		quality.forEach((name, q) -> results.put(name, new Result(q.metric(), q.errors(), q.crashes(),
				cpu.get(name)[0] / 1e6 / Math.max(1, rounds) / pages.size(), q.errorSamples())));
		return results;
	}

	private static Quality score(Contestant contestant, List<Page> pages) {
		ShingleMetric metric = new ShingleMetric();
		int errors = 0;
		int crashes = 0;
		List<String> errorSamples = new ArrayList<>();
		for (Page page : pages) {
			try {
				metric.add(page.truth(), contestant.extract(page));
			}
			catch (ExtractionException ex) {
				errors++;
				metric.add(page.truth(), "");
				if (errorSamples.size() < 5) {
					errorSamples.add(shortId(page) + ": " + ex.getMessage());
				}
			}
			catch (RuntimeException | StackOverflowError ex) {
				crashes++;
				metric.add(page.truth(), "");
				if (errorSamples.size() < 5) {
					errorSamples.add(shortId(page) + ": CRASH " + ex);
				}
			}
		}
		return new Quality(metric, errors, crashes, errorSamples);
	}

	private static long cpuTime(Contestant contestant, Page page) {
		long start = THREADS.getCurrentThreadCpuTime();
		try {
			contestant.extract(page);
		}
		catch (Exception | StackOverflowError ex) {
			// Counted when scoring; the time spent failing still counts.
		}
		return THREADS.getCurrentThreadCpuTime() - start;
	}

	private static void print(Map<String, Result> results, String peer, String parse) {
		System.out.printf(Locale.ROOT, "%-26s %9s %9s %7s %9s %7s %8s %12s%n", "extractor", "precision", "recall", "F1",
				"accuracy", "errors", "crashes", "CPU ms/page");
		results.forEach((name, r) -> System.out.printf(Locale.ROOT, "%-26s %9.3f %9.3f %7.3f %9.3f %7d %8d %12.2f%n",
				name, r.metric().precision(), r.metric().recall(), r.metric().f1(), r.metric().accuracy(), r.errors(),
				r.crashes(), r.msPerPage()));
		Result ours = results.values().iterator().next();
		if (peer != null && parse != null) {
			System.out.printf(Locale.ROOT, "CPU time ratio: Warta / Readability4J = %.2f, Warta / jsoup parse = %.2f%n",
					ours.msPerPage() / results.get(peer).msPerPage(),
					ours.msPerPage() / results.get(parse).msPerPage());
		}
		if (!ours.errorSamples().isEmpty()) {
			System.out.println("first errors: " + ours.errorSamples().stream().collect(Collectors.joining("; ")));
		}
	}

	/**
	 * Lists the pages Warta reads worst, to look for patterns that recur across sites.
	 */
	private static void printWorst(Contestant contestant, List<Page> pages, int count) {
		List<Map.Entry<Double, String>> scored = new ArrayList<>();
		for (Page page : pages) {
			ShingleMetric one = new ShingleMetric();
			String got;
			try {
				got = contestant.extract(page);
			}
			catch (ExtractionException | RuntimeException ex) {
				got = "";
			}
			one.add(page.truth(), got);
			scored.add(Map.entry(one.f1(), String.format(Locale.ROOT, "%.3f P %.3f R %.3f %s %s", one.f1(),
					one.precision(), one.recall(), shortId(page), page.url())));
		}
		scored.stream()
			.sorted(Map.Entry.comparingByKey())
			.limit(count)
			.forEach((e) -> System.out.println(e.getValue()));
		System.out.println();
	}

	private static String shortId(Page page) {
		return (page.id().length() > 32) ? page.id().substring(0, 8) : page.id();
	}

	private static Document parse(Page page) {
		try {
			return Jsoup.parse(new ByteArrayInputStream(page.html()), null, page.url());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String text(ExtractedArticle article) {
		return article.body().stream().map(Block::text).collect(Collectors.joining("\n"));
	}

	@FunctionalInterface
	private interface Contestant {

		String extract(Page page) throws ExtractionException;

	}

	private record Page(String id, String url, String truth, byte[] html, String dump) {
	}

	private record Quality(ShingleMetric metric, int errors, int crashes, List<String> errorSamples) {
	}

	private record Result(ShingleMetric metric, int errors, int crashes, double msPerPage, List<String> errorSamples) {
	}

}
