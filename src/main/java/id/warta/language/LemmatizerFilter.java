package id.warta.language;

import java.io.IOException;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Replaces each token by its root. Word frequencies are skewed, so a per-stream cache
 * answers most tokens without a search; it is emptied when the lexicon learns a root,
 * because a cached lemma may then be stale.
 */
final class LemmatizerFilter extends TokenFilter {

	private static final int MAX_CACHED = 50_000;

	/** Longer tokens are rare and would only crowd the cache. */
	private static final int MAX_CACHED_LENGTH = 24;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

	private final IndonesianLemmatizer lemmatizer;

	private final CharArrayMap<char[]> cache = new CharArrayMap<>(1024, false);

	private long generation = -1;

	LemmatizerFilter(TokenStream input, IndonesianLemmatizer lemmatizer) {
		super(input);
		this.lemmatizer = lemmatizer;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		if (this.keyword.isKeyword()) {
			return true;
		}
		char[] buffer = this.term.buffer();
		int length = this.term.length();
		char[] lemma = this.cache.get(buffer, 0, length);
		if (lemma == null) {
			String word = new String(buffer, 0, length);
			lemma = this.lemmatizer.lemma(word).toCharArray();
			if (length <= MAX_CACHED_LENGTH) {
				if (this.cache.size() >= MAX_CACHED) {
					this.cache.clear();
				}
				this.cache.put(word, lemma);
			}
		}
		this.term.copyBuffer(lemma, 0, lemma.length);
		return true;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		long current = this.lemmatizer.lexicon().generation();
		if (current != this.generation) {
			this.cache.clear();
			this.generation = current;
		}
	}

}
