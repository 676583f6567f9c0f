package id.warta.language;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Gives the {@link Acronyms} written in capitals their marked term. In the index the
 * marked term is added at the plain one's position, so both find the word; in a query it
 * takes the plain one's place, and a name-cased word ("Un") is marked apart too, so that
 * neither reaches an alias keyed by the plain term (see {@link AliasAnalyzer}).
 */
final class AcronymMarkFilter extends TokenFilter {

	enum Mode {

		/** The plain term, then the marked one at the same position. */
		INDEX,

		/** The marked term instead of the plain one, for capitals and names. */
		QUERY

	}

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final FlagsAttribute flags = addAttribute(FlagsAttribute.class);

	private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

	private final Acronyms acronyms;

	private final Mode mode;

	private AttributeSource.State pending;

	AcronymMarkFilter(TokenStream input, Acronyms acronyms, Mode mode) {
		super(input);
		this.acronyms = acronyms;
		this.mode = mode;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (this.pending != null) {
			restoreState(this.pending);
			this.pending = null;
			mark(Acronyms.CAPITALS);
			this.position.setPositionIncrement(0);
			return true;
		}
		if (!this.input.incrementToken()) {
			return false;
		}
		int flag = this.flags.getFlags();
		boolean capitals = (flag & Acronyms.CAPITALS_FLAG) != 0;
		boolean name = (flag & Acronyms.NAME_FLAG) != 0;
		if ((capitals || (name && this.mode == Mode.QUERY))
				&& this.acronyms.contains(this.term.buffer(), this.term.length())) {
			if (this.mode == Mode.INDEX) {
				this.pending = captureState();
			}
			else {
				mark(capitals ? Acronyms.CAPITALS : Acronyms.NAME);
			}
		}
		return true;
	}

	private void mark(char mark) {
		String plain = this.term.toString();
		this.term.setEmpty().append(mark).append(plain);
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		this.pending = null;
	}

}
