package id.warta.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import id.warta.language.Acronyms;
import id.warta.language.WordPairAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;
import org.jspecify.annotations.Nullable;

/**
 * Lucene's simple query syntax (words, {@code "phrases"}, {@code -exclusions}, {@code |},
 * parentheses) over weighted fields, as Hibernate Search's simple query string reads it,
 * except for phrases: each way of reading a phrase (its words, or one of its aliases)
 * becomes a lookup of word pairs in the field's pair field ({@code "korea
 * utara"} one term, {@code "laut cina selatan"} two pairs in a row) instead of a walk
 * along the position lists of its words. A reading whose words are not all next to each
 * other (a stop word between them) keeps the positional phrase.
 */
final class PhraseAwareQueryParser extends SimpleQueryParser {

	/** Readings of one phrase beyond which the phrase is left to Lucene. */
	private static final int MAX_READINGS = 64;

	private final Analyzer analyzer;

	private final Analyzer literal;

	private final Map<String, String> pairFields;

	/**
	 * @param analyzer the query analyzer, aliases included
	 * @param literal the same without aliases, for phrases with too many readings
	 * @param weights the fields to search and their boosts
	 * @param pairFields each field's pair field
	 * @param flags the syntax understood, as {@link SimpleQueryParser}'s flags
	 */
	PhraseAwareQueryParser(Analyzer analyzer, Analyzer literal, Map<String, Float> weights,
			Map<String, String> pairFields, int flags) {
		super(analyzer, weights, flags);
		this.analyzer = analyzer;
		this.literal = literal;
		this.pairFields = pairFields;
		setDefaultOperator(BooleanClause.Occur.MUST);
	}

	@Override
	protected Query newPhraseQuery(String text, int slop) {
		if (slop != 0) {
			return super.newPhraseQuery(text, slop);
		}
		List<List<Token>> readings = readings(this.analyzer, text);
		if (readings == null) {
			// Aliases make more readings than are worth a query each (or than Lucene
			// takes
			// clauses): the phrase as written, without aliases.
			readings = readings(this.literal, text);
		}
		if (readings == null) {
			return new MatchNoDocsQuery("phrase too complex");
		}
		if (readings.isEmpty()) {
			return new MatchNoDocsQuery("no words in phrase");
		}
		BooleanQuery.Builder fields = new BooleanQuery.Builder();
		for (Map.Entry<String, Float> weight : this.weights.entrySet()) {
			String field = weight.getKey();
			String pairField = this.pairFields.get(field);
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			for (List<Token> reading : readings) {
				any.add(readingQuery(field, pairField, reading), BooleanClause.Occur.SHOULD);
			}
			Query query = simplify(any.build());
			fields.add((weight.getValue() == 1f) ? query : new BoostQuery(query, weight.getValue()),
					BooleanClause.Occur.SHOULD);
		}
		return simplify(fields.build());
	}

	private static Query readingQuery(String field, String pairField, List<Token> reading) {
		if (reading.size() == 1) {
			return new TermQuery(new Term(field, reading.get(0).term()));
		}
		boolean adjacent = reading.stream().skip(1).allMatch((token) -> token.increment() == 1);
		if (adjacent && pairField != null) {
			if (reading.size() == 2) {
				return new TermQuery(new Term(pairField, pair(reading.get(0), reading.get(1))));
			}
			PhraseQuery.Builder pairs = new PhraseQuery.Builder();
			for (int i = 0; i + 1 < reading.size(); i++) {
				pairs.add(new Term(pairField, pair(reading.get(i), reading.get(i + 1))), i);
			}
			return pairs.build();
		}
		PhraseQuery.Builder phrase = new PhraseQuery.Builder();
		int position = -1;
		for (Token token : reading) {
			position += token.increment();
			phrase.add(new Term(field, token.term()), position);
		}
		return phrase.build();
	}

	/**
	 * The pair field's term of two words. The pair field holds plain terms only: an
	 * abbreviation's mark (see {@link Acronyms}) is taken off, and the phrase around it
	 * tells the abbreviation from the word.
	 */
	private static String pair(Token first, Token second) {
		return WordPairAnalyzer.pair(Acronyms.plain(first.term()), Acronyms.plain(second.term()));
	}

	/**
	 * Every way of reading the phrase, or null when there are more than
	 * {@value #MAX_READINGS}: the paths through the analyzer's token graph, which
	 * branches where an alias stands for the words.
	 */
	private @Nullable List<List<Token>> readings(Analyzer analyzer, String text) {
		List<List<Token>> readings = new ArrayList<>();
		List<Token> direct = new ArrayList<>();
		// The analyzer is the same for every field.
		String field = this.weights.keySet().iterator().next();
		boolean branches = false;
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				branches |= increment.getPositionIncrement() == 0 || length.getPositionLength() > 1;
				direct.add(new Token(term.toString(), direct.isEmpty() ? 1 : increment.getPositionIncrement()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!branches) {
			// One reading, with the gaps that dropped stop words leave.
			return direct.isEmpty() ? List.of() : List.of(direct);
		}
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(stream);
			Iterator<TokenStream> paths = graph.getFiniteStrings();
			while (paths.hasNext()) {
				if (readings.size() == MAX_READINGS) {
					return null;
				}
				TokenStream path = paths.next();
				CharTermAttribute term = path.addAttribute(CharTermAttribute.class);
				PositionIncrementAttribute increment = path.addAttribute(PositionIncrementAttribute.class);
				List<Token> reading = new ArrayList<>();
				path.reset();
				while (path.incrementToken()) {
					reading.add(new Token(term.toString(), reading.isEmpty() ? 1 : increment.getPositionIncrement()));
				}
				if (!reading.isEmpty()) {
					readings.add(reading);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return readings;
	}

	private record Token(String term, int increment) {
	}

}
