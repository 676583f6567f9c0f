package id.warta.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
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
		List<String> words = new ArrayList<>();
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
		lexicon().learn(words);
	}

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return new HyphenJoiner(reader);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer source = new StandardTokenizer();
		TokenStream stream = new LowerCaseFilter(source);
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
