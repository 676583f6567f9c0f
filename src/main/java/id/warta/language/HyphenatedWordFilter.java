package id.warta.language;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Resolves the words that {@link HyphenJoiner} kept whole: a reduplicated word becomes
 * one token, its root, marked as a keyword so that the lemmatizer leaves it; any other
 * hyphenated word becomes one token per part, as the tokenizer would have made.
 */
final class HyphenatedWordFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

	private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

	private final FlagsAttribute flags = addAttribute(FlagsAttribute.class);

	/** The flags of the hyphenated word being split, with its parts' case. */
	private int partFlags;

	private final Reduplication reduplication;

	private final List<String> parts = new ArrayList<>();

	private final List<Integer> starts = new ArrayList<>();

	private int next;

	private int startOffset;

	private boolean exactOffsets;

	HyphenatedWordFilter(TokenStream input, Reduplication reduplication) {
		super(input);
		this.reduplication = reduplication;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (this.next < this.parts.size()) {
			emitPart(this.next++);
			this.position.setPositionIncrement(1);
			return true;
		}
		if (!this.input.incrementToken()) {
			return false;
		}
		if (!split()) {
			return true;
		}
		String root = this.reduplication.root(this.parts);
		if (root != null) {
			this.parts.clear();
			this.term.setEmpty().append(root);
			this.keyword.setKeyword(true);
			return true;
		}
		emitPart(0);
		this.next = 1;
		return true;
	}

	/**
	 * Splits the current term at joiners into {@link #parts}.
	 * @return whether it held a joiner between letters
	 */
	private boolean split() {
		this.parts.clear();
		this.starts.clear();
		this.next = 0;
		char[] buffer = this.term.buffer();
		int length = this.term.length();
		if (!contains(buffer, length, HyphenJoiner.JOINER)) {
			return false;
		}
		int from = 0;
		for (int i = 0; i <= length; i++) {
			if (i == length || buffer[i] == HyphenJoiner.JOINER) {
				if (i > from) {
					this.parts.add(new String(buffer, from, i - from));
					this.starts.add(from);
				}
				from = i + 1;
			}
		}
		if (this.parts.size() == 1 && this.parts.get(0).length() == length) {
			this.parts.clear();
			return false;
		}
		this.partFlags = this.flags.getFlags();
		this.startOffset = this.offset.startOffset();
		// Folding may have changed the term's length; then parts share the whole span.
		this.exactOffsets = this.offset.endOffset() - this.startOffset == length;
		return true;
	}

	private static boolean contains(char[] buffer, int length, char c) {
		for (int i = 0; i < length; i++) {
			if (buffer[i] == c) {
				return true;
			}
		}
		return false;
	}

	private void emitPart(int index) {
		String part = this.parts.get(index);
		this.term.setEmpty().append(part);
		// The part's own case, as CaseFlagFilter noted it.
		int flags = this.flags.getFlags() & ~(Acronyms.CAPITALS_FLAG | Acronyms.NAME_FLAG);
		int original = this.partFlags;
		if (index < Acronyms.MAX_PARTS && (original & (1 << (Acronyms.PART_CAPITALS_SHIFT + index))) != 0) {
			flags |= Acronyms.CAPITALS_FLAG;
		}
		else if (index < Acronyms.MAX_PARTS && (original & (1 << (Acronyms.PART_NAME_SHIFT + index))) != 0) {
			flags |= Acronyms.NAME_FLAG;
		}
		this.flags.setFlags(flags);
		if (this.exactOffsets) {
			int start = this.startOffset + this.starts.get(index);
			this.offset.setOffset(start, start + part.length());
		}
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		this.parts.clear();
		this.next = 0;
	}

}
