package id.warta.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer that both the index and the queries use: Unicode word tokens, lower case,
 * ASCII folding, Indonesian stop words and Lucene's Indonesian stemmer. The
 * {@code analyze} command prints what it makes of a line.
 */
public final class IndonesianAnalyzer extends Analyzer {

	private static final CharArraySet STOP_WORDS = org.apache.lucene.analysis.id.IndonesianAnalyzer.getDefaultStopSet();

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer source = new StandardTokenizer();
		TokenStream stream = new LowerCaseFilter(source);
		stream = new ASCIIFoldingFilter(stream);
		stream = new StopFilter(stream, STOP_WORDS);
		stream = new IndonesianStemFilter(stream);
		return new TokenStreamComponents(source, stream);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(in));
	}

}
