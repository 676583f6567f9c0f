package id.warta.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The terms an analyzer makes of a text, in order.
 */
public final class Terms {

	private Terms() {
	}

	public static List<String> of(Analyzer analyzer, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			// Analyzers over a String reader do not do I/O.
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

}
