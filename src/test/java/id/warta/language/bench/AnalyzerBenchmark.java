package id.warta.language.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import id.warta.cli.AnalyzeCommand;
import id.warta.language.IndonesianAnalyzer;
import id.warta.language.Lexicon;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Measures Warta's {@link IndonesianAnalyzer} beside Lucene's Indonesian stemmer (Tala):
 * conflation quality on a word-family list ({@code word<TAB>root}) and throughput on the
 * seed articles. A command, not a test: run with
 * {@code ./mvnw -q -DskipTests test-compile exec:java -Dexec.mainClass=id.warta.language.bench.AnalyzerBenchmark -Dexec.classpathScope=test}.
 * Optional arguments: the word-family file and the folder of text files.
 */
public final class AnalyzerBenchmark {

	private static final int THROUGHPUT_TOKENS = 3_000_000;

	private static final int ROUNDS = 5;

	private AnalyzerBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Path families = Path.of((args.length > 0) ? args[0] : "src/test/resources/analysis/word-families.tsv");
		Path texts = Path.of((args.length > 1) ? args[1] : "seeds");
		List<Entry> entries = WordFamilies.read(families);
		String corpus = corpus(texts);
		System.out.printf(Locale.ROOT, "Word families: %s (%d words, %d roots)%n", families, entries.size(),
				entries.stream().map(Entry::root).distinct().count());
		System.out.printf(Locale.ROOT, "%-44s %9s %9s %9s %9s%n", "analyzer", "pair P", "pair R", "pair F1",
				"root acc");
		report("Lucene IndonesianStemFilter (Tala)", entries, taLa());
		report("Warta, shipped roots", entries, new IndonesianAnalyzer(Lexicon.withShippedRoots()));
		IndonesianAnalyzer seeded = new IndonesianAnalyzer(Lexicon.withShippedRoots());
		seeded.learnFrom(corpus);
		report("Warta, shipped roots + seed articles", entries, seeded);
		heldOut(entries);
		throughput(corpus);
		coldThroughput(entries);
	}

	/**
	 * The roots of the list taken out of the lexicon, then learned from a corpus in which
	 * each listed word stands alone three times: what corpus learning alone recovers for
	 * roots the shipped list lacks.
	 */
	private static void heldOut(List<Entry> entries) throws IOException {
		Set<String> goldRoots = new LinkedHashSet<>();
		entries.forEach((entry) -> goldRoots.add(entry.root()));
		List<String> shipped = new ArrayList<>();
		for (String list : List.of("roots-id.txt", "roots-everyday-id.txt")) {
			try (Stream<String> lines = Files.lines(Path.of("src/main/resources/id/warta/language", list))) {
				lines.map(String::strip)
					.filter((line) -> !line.isEmpty() && !line.startsWith("#") && !goldRoots.contains(line))
					.forEach(shipped::add);
			}
		}
		report("Warta, list's roots held out", entries, new IndonesianAnalyzer(Lexicon.of(shipped, 3)));
		IndonesianAnalyzer learned = new IndonesianAnalyzer(Lexicon.of(shipped, 3));
		List<String> words = entries.stream().map(Entry::word).toList();
		for (int i = 0; i < 3; i++) {
			learned.learnFrom(String.join(" ", words));
		}
		report("Warta, held out, learned from the list", entries, learned);
	}

	private static void report(String name, List<Entry> entries, Analyzer analyzer) {
		AnalyzeCommand command = new AnalyzeCommand(analyzer);
		List<String> terms = entries.stream().map((entry) -> command.terms(entry.word())).toList();
		long truePairs = 0;
		long predictedPairs = 0;
		long goldPairs = 0;
		for (int i = 0; i < entries.size(); i++) {
			for (int j = i + 1; j < entries.size(); j++) {
				boolean gold = entries.get(i).root().equals(entries.get(j).root());
				boolean predicted = terms.get(i).equals(terms.get(j));
				goldPairs += gold ? 1 : 0;
				predictedPairs += predicted ? 1 : 0;
				truePairs += (gold && predicted) ? 1 : 0;
			}
		}
		long correctRoots = 0;
		for (int i = 0; i < entries.size(); i++) {
			correctRoots += entries.get(i).root().equals(terms.get(i)) ? 1 : 0;
		}
		double precision = (predictedPairs == 0) ? 1 : (double) truePairs / predictedPairs;
		double recall = (goldPairs == 0) ? 1 : (double) truePairs / goldPairs;
		double f1 = (precision + recall == 0) ? 0 : 2 * precision * recall / (precision + recall);
		System.out.printf(Locale.ROOT, "%-44s %9.4f %9.4f %9.4f %9.4f%n", name, precision, recall, f1,
				(double) correctRoots / entries.size());
	}

	private static void throughput(String corpus) {
		int tokensPerPass = count(new IndonesianAnalyzer(), corpus, false);
		int passes = Math.max(1, THROUGHPUT_TOKENS / Math.max(1, words(corpus)));
		System.out.printf(Locale.ROOT,
				"Throughput: seed articles, %d words a pass, %d passes a round, best of %d, 1 thread%n", words(corpus),
				passes, ROUNDS);
		double tala = tokensPerSecond(AnalyzerBenchmark::luceneIndonesianAnalyzer, corpus, passes);
		double warta = tokensPerSecond(IndonesianAnalyzer::new, corpus, passes);
		System.out.printf(Locale.ROOT, "  %-42s %,12.0f words/s%n", "Lucene IndonesianAnalyzer (Tala)", tala);
		System.out.printf(Locale.ROOT, "  %-42s %,12.0f words/s  (%d terms a pass)%n", "Warta IndonesianAnalyzer",
				warta, tokensPerPass);
		System.out.printf(Locale.ROOT, "  ratio Warta / Lucene: %.2f%n", warta / tala);
	}

	/**
	 * Every listed word once through a fresh analyzer, so that no lemma comes from the
	 * cache: the cost of a word seen for the first time.
	 */
	private static void coldThroughput(List<Entry> entries) {
		String words = String.join(" ", entries.stream().map(Entry::word).toList());
		int count = words(words);
		double tala = 0;
		double warta = 0;
		for (int round = 0; round < ROUNDS * 40; round++) {
			tala = Math.max(tala, coldPass(luceneIndonesianAnalyzer(), words, count));
			warta = Math.max(warta, coldPass(new IndonesianAnalyzer(Lexicon.withShippedRoots()), words, count));
		}
		System.out.printf(Locale.ROOT, "Throughput: the %d listed words, fresh analyzer each pass (no cache hits)%n",
				count);
		System.out.printf(Locale.ROOT, "  %-42s %,12.0f words/s%n", "Lucene IndonesianAnalyzer (Tala)", tala);
		System.out.printf(Locale.ROOT, "  %-42s %,12.0f words/s%n", "Warta IndonesianAnalyzer", warta);
		System.out.printf(Locale.ROOT, "  ratio Warta / Lucene: %.2f%n", warta / tala);
	}

	private static double coldPass(Analyzer analyzer, String words, int count) {
		try (analyzer) {
			long start = System.nanoTime();
			if (count(analyzer, words, true) == 0) {
				throw new IllegalStateException("No terms");
			}
			return count / ((System.nanoTime() - start) / 1e9);
		}
	}

	private static double tokensPerSecond(Supplier<Analyzer> analyzers, String corpus, int passes) {
		int words = words(corpus);
		double best = 0;
		try (Analyzer analyzer = analyzers.get()) {
			for (int round = 0; round < ROUNDS; round++) {
				long start = System.nanoTime();
				int sink = 0;
				for (int pass = 0; pass < passes; pass++) {
					sink += count(analyzer, corpus, true);
				}
				double seconds = (System.nanoTime() - start) / 1e9;
				if (sink == 0) {
					throw new IllegalStateException("No terms");
				}
				best = Math.max(best, (double) words * passes / seconds);
			}
		}
		return best;
	}

	private static int words(String corpus) {
		return count(plainWords(), corpus, false);
	}

	private static int count(Analyzer analyzer, String text, boolean touchTerms) {
		int count = 0;
		try (TokenStream stream = analyzer.tokenStream("body", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				count += touchTerms ? Math.min(1, term.length()) : 1;
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return count;
	}

	private static String corpus(Path folder) throws IOException {
		StringBuilder text = new StringBuilder();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.sorted().toList()) {
				text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
			}
		}
		return text.toString();
	}

	/**
	 * Lucene's Indonesian chain without stop words, so that every listed word gets a
	 * term.
	 */
	private static Analyzer taLa() {
		return new Analyzer() {

			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
				return new TokenStreamComponents(source, new IndonesianStemFilter(stream));
			}

		};
	}

	private static Analyzer luceneIndonesianAnalyzer() {
		return new org.apache.lucene.analysis.id.IndonesianAnalyzer();
	}

	private static Analyzer plainWords() {
		return new Analyzer() {

			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, source);
			}

		};
	}

	record Entry(String word, String root) {
	}

	/** Reads {@code word<TAB>root} lines; {@code #} lines are comments. */
	static final class WordFamilies {

		private WordFamilies() {
		}

		static List<Entry> read(Path file) throws IOException {
			List<Entry> entries = new ArrayList<>();
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t");
				if (fields.length != 2) {
					throw new IllegalArgumentException("Not word<TAB>root: " + line);
				}
				entries.add(new Entry(fields[0].strip(), fields[1].strip()));
			}
			return entries;
		}

	}

}
