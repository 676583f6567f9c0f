package id.warta.language;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;

/**
 * Notes, before lower case, how a word is written: in capitals ("UN") or as a name
 * ("Un"), for {@link AcronymMarkFilter} at the end of the chain.
 */
final class CaseFlagFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final FlagsAttribute flags = addAttribute(FlagsAttribute.class);

	CaseFlagFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		this.flags.setFlags(this.flags.getFlags() | flags(this.term, 0, this.term.length()));
		char[] buffer = this.term.buffer();
		int length = this.term.length();
		int from = 0;
		int part = 0;
		// A hyphenated word ("AS-China"): the case of each part, for its own token.
		for (int i = 0; i < length && part < Acronyms.MAX_PARTS; i++) {
			if (buffer[i] == HyphenJoiner.JOINER) {
				partFlags(from, i, part++);
				from = i + 1;
			}
		}
		if (part > 0 && part < Acronyms.MAX_PARTS) {
			partFlags(from, length, part);
		}
		return true;
	}

	private void partFlags(int from, int to, int part) {
		int flag = flags(this.term, from, to);
		int bits = ((flag & Acronyms.CAPITALS_FLAG) != 0) ? 1 << (Acronyms.PART_CAPITALS_SHIFT + part)
				: ((flag & Acronyms.NAME_FLAG) != 0) ? 1 << (Acronyms.PART_NAME_SHIFT + part) : 0;
		this.flags.setFlags(this.flags.getFlags() | bits);
	}

	private static int flags(CharSequence term, int from, int to) {
		if (to - from < 2 || !Character.isUpperCase(term.charAt(from))) {
			return 0;
		}
		return Acronyms.isAcronym(term, from, to) ? Acronyms.CAPITALS_FLAG : Acronyms.NAME_FLAG;
	}

}
