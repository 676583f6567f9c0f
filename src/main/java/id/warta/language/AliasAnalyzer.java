package id.warta.language;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The analyzer for query text: {@link IndonesianAnalyzer}'s terms, then the aliases of
 * {@link SearchAliases} ("Korut" also finds "Korea Utara"). The aliases are read through
 * the same analyzer, so they hold the very terms that the index holds whatever the
 * stemmer or lemmatizer makes of them, and they work after it rather than inside it.
 */
public final class AliasAnalyzer extends AnalyzerWrapper {

	private final Analyzer terms;

	private final SynonymMap aliases;

	private final Acronyms acronyms;

	AliasAnalyzer(Analyzer terms, SynonymMap aliases, Acronyms acronyms) {
		super(Analyzer.PER_FIELD_REUSE_STRATEGY);
		this.terms = terms;
		this.aliases = aliases;
		this.acronyms = acronyms;
	}

	/**
	 * The query analyzer over {@link IndonesianAnalyzer} with the aliases of
	 * {@link SearchAliases#standard()}: the gazetteer's names and the alias word list.
	 */
	public static AliasAnalyzer standard() {
		Analyzer terms = new IndonesianAnalyzer();
		SearchAliases aliases = SearchAliases.standard();
		// The names are read as a query is: abbreviations in capitals marked.
		Analyzer names = new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {

			@Override
			protected Analyzer getWrappedAnalyzer(String fieldName) {
				return terms;
			}

			@Override
			protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
				return new TokenStreamComponents(components.getSource(), new AcronymMarkFilter(
						components.getTokenStream(), aliases.acronyms(), AcronymMarkFilter.Mode.QUERY));
			}

		};
		try {
			return new AliasAnalyzer(terms, parse(new StringReader(aliases.solrSynonyms()), names), aliases.acronyms());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads aliases in Solr's synonym format, each name analyzed by {@code terms}.
	 * @throws IllegalArgumentException naming the line of an alias that cannot be used
	 */
	public static SynonymMap parse(Reader aliases, Analyzer terms) throws IOException {
		// Expand: every name of a line stands for all of them.
		SolrSynonymParser parser = new SolrSynonymParser(true, true, terms);
		try {
			parser.parse(aliases);
			return parser.build();
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("Alias file, line " + ex.getErrorOffset() + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	protected Analyzer getWrappedAnalyzer(String fieldName) {
		return this.terms;
	}

	@Override
	protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
		TokenStream marked = new AcronymMarkFilter(components.getTokenStream(), this.acronyms,
				AcronymMarkFilter.Mode.QUERY);
		return new TokenStreamComponents(components.getSource(),
				new NameMarkFilter(new SynonymGraphFilter(marked, this.aliases, true)));
	}

}
