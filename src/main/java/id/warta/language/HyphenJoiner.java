package id.warta.language;

import java.io.IOException;
import java.io.Reader;

import org.apache.lucene.analysis.CharFilter;

/**
 * Turns hyphens into U+2027 HYPHENATION POINT, which Unicode word segmentation keeps
 * between letters, so that the tokenizer hands reduplicated words (negara-negara) over
 * whole instead of as two tokens. Between digits it still separates (1950-1953). One
 * character for one, so offsets need no correction.
 */
final class HyphenJoiner extends CharFilter {

	static final char JOINER = '\u2027';

	HyphenJoiner(Reader input) {
		super(input);
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int read = this.input.read(buffer, offset, length);
		for (int i = offset; i < offset + read; i++) {
			if (buffer[i] == '-') {
				buffer[i] = JOINER;
			}
		}
		return read;
	}

	@Override
	protected int correct(int currentOff) {
		return currentOff;
	}

}
