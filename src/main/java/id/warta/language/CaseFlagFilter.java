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
		int length = this.term.length();
		if (length >= 2 && Character.isUpperCase(this.term.charAt(0))) {
			int flag = Acronyms.isAcronym(this.term) ? Acronyms.CAPITALS_FLAG : Acronyms.NAME_FLAG;
			this.flags.setFlags(this.flags.getFlags() | flag);
		}
		return true;
	}

}
