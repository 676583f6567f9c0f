package id.warta.story;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import id.warta.WartaApplication;
import id.warta.article.ArticleCatalog;
import id.warta.article.ArticleView;
import id.warta.article.StoryPlacement;
import id.warta.language.names.Gazetteer;
import id.warta.system.Dateline;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What placing one article in a story costs on a filled database (a command, not a test):
 * stored articles, picked across the whole range, are placed again as if new, each in a
 * transaction that is rolled back, and the CPU time of the placement (features,
 * candidates from the index, matching, the story's update) is printed beside the CPU time
 * of reading the features alone.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=id.warta.story.PlacementBenchmark \
 *     -Dexec.args="/tmp/bench100k 2000"
 * </pre>
 */
public final class PlacementBenchmark {

	public static void main(String[] args) {
		String dataDir = (args.length > 0) ? args[0] : "/tmp/bench100k";
		int samples = (args.length > 1) ? Integer.parseInt(args[1]) : 2000;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WartaApplication.class)
			.web(WebApplicationType.NONE)
			.properties("warta.sources.scheduling=false", "spring.main.banner-mode=off", "logging.level.root=WARN")
			.run("--warta.data-dir=" + dataDir)) {
			run(context, samples);
		}
	}

	private static void run(ConfigurableApplicationContext context, int samples) {
		ArticleCatalog catalog = context.getBean(ArticleCatalog.class);
		StoryAssigner assigner = context.getBean(StoryAssigner.class);
		TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
		StoryFeatureReader reader = new StoryFeatureReader();
		long count = catalog.count();
		List<StoryPlacement.Candidate> candidates = new ArrayList<>();
		long step = Math.max(1, count / samples);
		for (long id = 1; id <= count && candidates.size() < samples; id += step) {
			catalog.find(id).ifPresent((article) -> candidates.add(candidate(article)));
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		System.out.printf("Placing %d stored articles again, of %d (each rolled back)%n", candidates.size(), count);
		// Warm up every path first.
		for (StoryPlacement.Candidate candidate : candidates) {
			place(transactions, assigner, candidate);
		}
		long[] placing = new long[candidates.size()];
		long[] reading = new long[candidates.size()];
		long[] wall = new long[candidates.size()];
		for (int i = 0; i < candidates.size(); i++) {
			StoryPlacement.Candidate candidate = candidates.get(i);
			long cpu = threads.getCurrentThreadCpuTime();
			reader.read(candidate.title(), candidate.paragraphs(), candidate.publishedDay(), candidate.mentions());
			reading[i] = threads.getCurrentThreadCpuTime() - cpu;
			long start = System.nanoTime();
			placing[i] = place(transactions, assigner, candidate);
			wall[i] = System.nanoTime() - start;
		}
		// Where the time goes: the placement's steps one by one.
		StoryIndex index = context.getBean(StoryIndex.class);
		long[][] steps = new long[3][candidates.size()];
		for (int i = 0; i < candidates.size(); i++) {
			StoryPlacement.Candidate candidate = candidates.get(i);
			StoryFeatures features = reader.read(candidate.title(), candidate.paragraphs(), candidate.publishedDay(),
					candidate.mentions());
			int at = i;
			transactions.executeWithoutResult((status) -> {
				status.setRollbackOnly();
				long t0 = threads.getCurrentThreadCpuTime();
				IndexRead read = index.current();
				StoryMatcher matcher = new StoryMatcher(read);
				long t1 = threads.getCurrentThreadCpuTime();
				List<StoryCandidate> found = index.candidates(read,
						CandidateQuery.of(features, matcher.similarity(), 0), (id) -> false);
				long t2 = threads.getCurrentThreadCpuTime();
				matcher.match(features, found);
				long t3 = threads.getCurrentThreadCpuTime();
				steps[0][at] = t1 - t0;
				steps[1][at] = t2 - t1;
				steps[2][at] = t3 - t2;
			});
		}
		print("placing one article, CPU", placing);
		print("  statistics", steps[0]);
		print("  candidates from the index", steps[1]);
		print("  matching", steps[2]);
		print("  of which reading its features", reading);
		print("placing one article, wall clock", wall);
		System.out.printf("cores %d, java %s%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"));
	}

	/**
	 * Places the article in a transaction that is rolled back; the placement's CPU time.
	 */
	private static long place(TransactionTemplate transactions, StoryAssigner assigner,
			StoryPlacement.Candidate candidate) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] cpu = new long[1];
		transactions.executeWithoutResult((status) -> {
			status.setRollbackOnly();
			long start = threads.getCurrentThreadCpuTime();
			assigner.place(candidate);
			cpu[0] = threads.getCurrentThreadCpuTime() - start;
		});
		return cpu[0];
	}

	private static StoryPlacement.Candidate candidate(ArticleView article) {
		List<String> paragraphs = article.body().stream().map(ArticleView.BodyBlock::text).toList();
		String text = article.title() + "\n" + String.join("\n", paragraphs);
		LocalDate day = (article.publishedAt() != null)
				? article.publishedAt().atZoneSameInstant(Dateline.WIB).toLocalDate() : null;
		return new StoryPlacement.Candidate(Long.MAX_VALUE - article.id(), article.title(), paragraphs,
				article.publishedAt(), day, article.outletSlug(), Gazetteer.standard().mentions(text));
	}

	private static void print(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
		System.out.printf("  %-36s mean %6.2f ms  p50 %6.2f  p95 %6.2f  p99 %6.2f%n", what, mean,
				sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
				sorted[(int) (sorted.length * 0.99)] / 1e6);
	}

}
