package id.warta.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.lucene.analysis.CharArraySet;

/**
 * Reads a word list shipped as a class-path resource: one word a line, {@code #} starts a
 * comment, blank lines are skipped.
 */
final class WordList {

	private WordList() {
	}

	static CharArraySet load(String resource) {
		CharArraySet words = new CharArraySet(4096, false);
		try (InputStream in = WordList.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing word list " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				int comment = line.indexOf('#');
				String word = ((comment >= 0) ? line.substring(0, comment) : line).strip();
				if (!word.isEmpty()) {
					words.add(word);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return CharArraySet.unmodifiableSet(words);
	}

}
