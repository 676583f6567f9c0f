package id.warta.language;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Takes the query's name mark off again once the aliases are past: "Un" was kept from the
 * aliases of "UN", and is looked for as the plain "un".
 */
final class NameMarkFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	NameMarkFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		if (this.term.length() > 1 && this.term.charAt(0) == Acronyms.NAME) {
			String plain = this.term.subSequence(1, this.term.length()).toString();
			this.term.setEmpty().append(plain);
		}
		return true;
	}

}
