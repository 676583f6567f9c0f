package id.warta.language;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Takes the query's name mark off again once the aliases are past: "Un" was kept from the
 * aliases of "UN", and is looked for as the plain "un".
 */
final class NameMarkFilter extends TokenFilter {

	/** Longest abbreviation a typed one is looked for only in capitals. */
	static final int SHORT = 3;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final TypeAttribute type = addAttribute(TypeAttribute.class);

	NameMarkFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		boolean typed = !SynonymGraphFilter.TYPE_SYNONYM.equals(this.type.type());
		boolean longTyped = typed && this.term.length() > SHORT + 1 && this.term.charAt(0) == Acronyms.CAPITALS;
		if (this.term.length() > 1 && (this.term.charAt(0) == Acronyms.NAME || longTyped)) {
			String plain = this.term.subSequence(1, this.term.length()).toString();
			this.term.setEmpty().append(plain);
		}
		return true;
	}

}
