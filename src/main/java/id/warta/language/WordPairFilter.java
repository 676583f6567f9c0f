package id.warta.language;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces the terms of a stream by the pairs of terms next to each other ({@code korea},
 * {@code utara} → {@code korea utara}), each pair at its second term's position, so that
 * pairs in a row stand one position apart. Terms that a gap parts (a stop word was
 * dropped between them) make no pair. Lighter than Lucene's ShingleFilter, which copies
 * every attribute of every token it holds back.
 */
final class WordPairFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

	private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

	private char[] previous = new char[32];

	private int previousLength = -1;

	private int previousStart;

	private char[] current = new char[32];

	WordPairFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		int skipped = 0;
		while (this.input.incrementToken()) {
			int step = this.increment.getPositionIncrement();
			skipped += step;
			int length = this.term.length();
			int start = this.offset.startOffset();
			boolean pair = this.previousLength >= 0 && step == 1;
			if (pair) {
				this.current = ensure(this.current, length);
				System.arraycopy(this.term.buffer(), 0, this.current, 0, length);
				int total = this.previousLength + 1 + length;
				char[] pairTerm = this.term.resizeBuffer(total);
				System.arraycopy(this.previous, 0, pairTerm, 0, this.previousLength);
				pairTerm[this.previousLength] = WordPairAnalyzer.SEPARATOR;
				System.arraycopy(this.current, 0, pairTerm, this.previousLength + 1, length);
				this.term.setLength(total);
				this.offset.setOffset(this.previousStart, this.offset.endOffset());
				this.increment.setPositionIncrement(skipped);
				remember(this.current, length, start);
				return true;
			}
			remember(this.term.buffer(), length, start);
		}
		return false;
	}

	private void remember(char[] buffer, int length, int start) {
		this.previous = ensure(this.previous, length);
		System.arraycopy(buffer, 0, this.previous, 0, length);
		this.previousLength = length;
		this.previousStart = start;
	}

	private static char[] ensure(char[] buffer, int length) {
		return (buffer.length >= length) ? buffer : new char[Math.max(length, buffer.length * 2)];
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		this.previousLength = -1;
	}

}
