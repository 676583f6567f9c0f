package id.warta.language;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analyzer that both the index and the queries use: Unicode word tokens with
 * hyphenated words kept whole, lower case, ASCII folding, reduplication (negara-negara →
 * negara), Indonesian stop words, and a dictionary-checked lemmatizer that takes off
 * clitics and derivational affixes (mendukung, dukungan, didukung, pendukung → dukung).
 * The {@code analyze} command prints what it makes of a line.
 * <p>
 * Roots come from a {@link Lexicon}: the shipped root list plus words learned from the
 * corpus. The no-argument constructor, which the index and the {@code analyze} command
 * use, shares {@link #sharedLexicon()}; feed it with {@link #learnFrom} before indexing
 * (see {@link Lexicon} on why that order keeps index and queries consistent).
 */
public final class IndonesianAnalyzer extends Analyzer {

	private static final CharArraySet STOP_WORDS = WordList.load("stopwords-id.txt");

	private static final Lexicon SHARED = Lexicon.withShippedRoots();

	/** ASCII characters that end a word whatever surrounds them. */
	private static final String WORD_ENDS = " ,;!?()\"[]{}/\\|-*&%+=<>#@~^`$";

	/** Surface words for learning: tokens as this analyzer sees them before stemming. */
	private static final Analyzer SURFACE = new Analyzer() {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
		}

	};

	private final IndonesianLemmatizer lemmatizer;

	private final Reduplication reduplication;

	/**
	 * An analyzer on the shared lexicon.
	 */
	public IndonesianAnalyzer() {
		this(SHARED);
	}

	/**
	 * An analyzer on the given lexicon.
	 */
	public IndonesianAnalyzer(Lexicon lexicon) {
		this.lemmatizer = new IndonesianLemmatizer(lexicon);
		this.reduplication = new Reduplication(this.lemmatizer);
	}

	/**
	 * Whether a lower-case word is one of the stop words that the index leaves out.
	 */
	public static boolean isStopWord(String word) {
		return STOP_WORDS.contains(word);
	}

	/**
	 * The lexicon of every analyzer made with the no-argument constructor, that is of the
	 * index and the {@code analyze} command.
	 */
	public static Lexicon sharedLexicon() {
		return SHARED;
	}

	/**
	 * This analyzer's lexicon.
	 */
	public Lexicon lexicon() {
		return this.lemmatizer.lexicon();
	}

	/**
	 * Teaches this analyzer's lexicon the stand-alone words of a text, such as an
	 * article's title and body.
	 */
	public void learnFrom(String text) {
		lexicon().learn(surfaceWords(text));
	}

	/**
	 * The words of a text as this analyzer's tokenizer sees them before stemming, lower
	 * case and folded. Most words are runs of ASCII letters between spaces and
	 * punctuation that always ends a word; those are cut out directly, and only the other
	 * runs (digits, accents, inner dots or apostrophes) go through the tokenizer, which
	 * gives the same words several times faster on news text.
	 */
	static List<String> surfaceWords(String text) {
		List<String> words = new ArrayList<>();
		int length = text.length();
		int i = 0;
		while (i < length) {
			while (i < length && endsWord(text.charAt(i))) {
				i++;
			}
			int start = i;
			while (i < length && !endsWord(text.charAt(i))) {
				i++;
			}
			int end = i;
			// A dot, colon or apostrophe joins only letters or digits on both sides.
			while (end > start && isJoiner(text.charAt(end - 1))) {
				end--;
			}
			while (start < end && isJoiner(text.charAt(start))) {
				start++;
			}
			if (start == end) {
				continue;
			}
			if (end - start <= StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH && isPlain(text, start, end)) {
				words.add(text.substring(start, end).toLowerCase(Locale.ROOT));
			}
			else {
				tokenize(text.substring(start, end), words);
			}
		}
		return words;
	}

	/**
	 * Whether a character is white space, or punctuation that Unicode word segmentation
	 * never puts inside a word between letters (it may join digits: 1,5).
	 */
	private static boolean endsWord(char c) {
		return c <= ' ' || (c < 128 && WORD_ENDS.indexOf(c) >= 0) || c == '\u00a0' || c == '\u201c' || c == '\u201d'
				|| c == '\u2013' || c == '\u2014' || c == '\u2026' || c == '\u00ab' || c == '\u00bb';
	}

	private static boolean isJoiner(char c) {
		return c == '.' || c == ':' || c == '\'' || c == '\u2019' || c == '\u00b7';
	}

	private static boolean isPlain(String text, int start, int end) {
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if ((c < 'a' || c > 'z') && (c < 'A' || c > 'Z')) {
				return false;
			}
		}
		return true;
	}

	private static void tokenize(String text, List<String> words) {
		try (TokenStream stream = SURFACE.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Positions between two values of one field (a title and a paragraph), so that no
	 * phrase spans them.
	 */
	@Override
	public int getPositionIncrementGap(String fieldName) {
		return 100;
	}

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return new HyphenJoiner(reader);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer source = new StandardTokenizer();
		TokenStream stream = new LowerCaseFilter(new CaseFlagFilter(source));
		stream = new ASCIIFoldingFilter(stream);
		stream = new HyphenatedWordFilter(stream, this.reduplication);
		stream = new StopFilter(stream, STOP_WORDS);
		stream = new LemmatizerFilter(stream, this.lemmatizer);
		return new TokenStreamComponents(source, stream);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(in));
	}

}
