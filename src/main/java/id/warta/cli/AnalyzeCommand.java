package id.warta.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import id.warta.search.IndonesianAnalyzer;
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
		StringJoiner terms = new StringJoiner(" ");
		try (TokenStream stream = this.analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term);
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms.toString();
	}

}
