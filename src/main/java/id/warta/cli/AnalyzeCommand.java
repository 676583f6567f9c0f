package id.warta.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

import id.warta.language.IndonesianAnalyzer;
import id.warta.language.LearnedWords;
import id.warta.language.Terms;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * {@code warta analyze}: for each line on standard input, one line on standard output
 * with the terms the search index makes of it, space-separated, by the very analyzer the
 * index uses (as Elasticsearch's {@code _analyze} does). A line that yields no term gives
 * an empty line, so output lines match input lines one to one.
 */
public final class AnalyzeCommand {

	private final Analyzer analyzer;

	/**
	 * A command that analyzes with the index's analyzer.
	 */
	public AnalyzeCommand() {
		this(new IndonesianAnalyzer());
	}

	/**
	 * A command that analyzes with another analyzer, for comparing analyzers.
	 */
	public AnalyzeCommand(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/**
	 * Runs {@code analyze [--data-dir DIR]}: first teaches the index's lexicon the corpus
	 * words saved in the data folder ({@code WARTA_DATA_DIR} or {@code ./data} when not
	 * given), so that terms match the server's index.
	 * @return the exit status
	 */
	static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
		Path dataDir = Path.of(Objects.requireNonNullElse(System.getenv("WARTA_DATA_DIR"), "./data"));
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.startsWith("--data-dir=") || arg.startsWith("--warta.data-dir=")) {
				dataDir = Path.of(arg.substring(arg.indexOf('=') + 1));
			}
			else if (arg.equals("--data-dir") && i + 1 < args.size()) {
				dataDir = Path.of(args.get(++i));
			}
			else {
				err.println("usage: warta analyze [--data-dir DIR] < lines");
				return 2;
			}
		}
		LearnedWords learned = new LearnedWords(dataDir);
		if (learned.exists()) {
			try {
				learned.loadInto(IndonesianAnalyzer.sharedLexicon());
			}
			catch (IOException ex) {
				err.println("warning: cannot read " + learned + ": " + ex.getMessage());
			}
		}
		return new AnalyzeCommand().run(in, out);
	}

	/**
	 * Analyzes every line of {@code in}; bytes that are not UTF-8 are read as U+FFFD.
	 * @return the exit status
	 */
	public int run(InputStream in, PrintStream out) {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
			String line;
			while ((line = reader.readLine()) != null) {
				out.println(terms(line));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		out.flush();
		return 0;
	}

	/**
	 * The terms of one line, space-separated.
	 */
	public String terms(String text) {
		return String.join(" ", Terms.of(this.analyzer, text));
	}

}
