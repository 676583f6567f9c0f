package id.warta.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.warta.article.Article;
import id.warta.article.SearchFields;
import id.warta.language.IndonesianAnalyzer;
import id.warta.language.Lexicon;
import id.warta.language.Terms;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * "Did you mean": for a query that found nothing, the same query with each word that the
 * index does not hold replaced by a close word that it does (Lucene's
 * {@code DirectSpellChecker} over the index's own terms). The index holds stems, so each
 * suggested stem is turned back into a word as an article writes it.
 */
@Component
class Suggestions {

	private static final Pattern WORD = Pattern.compile("(?<![-\\p{L}\\p{N}])[\\p{L}\\p{N}]{3,}");

	private final EntityManagerFactory entityManagerFactory;

	private final SearchSettings settings;

	private static final int MAX_EDITS = 2;

	private final IndonesianAnalyzer analyzer = new IndonesianAnalyzer();

	private final Lexicon lexicon = this.analyzer.lexicon();

	private final SearchEngine engine;

	Suggestions(EntityManagerFactory entityManagerFactory, SearchSettings settings, SearchEngine engine) {
		this.entityManagerFactory = entityManagerFactory;
		this.engine = engine;
		this.settings = settings;
	}

	/**
	 * Up to {@link SearchSettings#suggestions()} corrected queries, best first; none when
	 * every word is in the index or no close word is.
	 */
	List<String> suggest(String query) {
		if (this.settings.suggestions() <= 0) {
			return List.of();
		}
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			Optional<IndexReader> embedded = this.engine.openLuceneReader(session);
			if (embedded.isEmpty()) {
				return suggest(query, new EngineTerms(session));
			}
			try (IndexReader reader = embedded.get()) {
				return suggest(query, new ReaderTerms(reader));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The index's terms, as far as suggestions read them. */
	private interface IndexTerms {

		boolean indexed(String term) throws IOException;

		/** Close terms that the index holds, closest first: Lucene's spell checker. */
		List<String> similar(Term term, int count) throws IOException;

		/** A word of an article whose term is {@code term}. */
		Optional<String> surfaceForm(String term) throws IOException;

	}

	private final class ReaderTerms implements IndexTerms {

		private final IndexReader reader;

		ReaderTerms(IndexReader reader) {
			this.reader = reader;
		}

		@Override
		public boolean indexed(String term) throws IOException {
			return this.reader.docFreq(new Term(SearchFields.TEXT, term)) > 0;
		}

		@Override
		public List<String> similar(Term term, int count) throws IOException {
			return LuceneEngine.similarTerms(this.reader, term, count);
		}

		@Override
		public Optional<String> surfaceForm(String term) throws IOException {
			for (LeafReaderContext leaf : this.reader.leaves()) {
				PostingsEnum postings = leaf.reader().postings(new Term(SearchFields.TEXT, term));
				if (postings == null || postings.nextDoc() == DocIdSetIterator.NO_MORE_DOCS) {
					continue;
				}
				for (String text : leaf.reader()
					.storedFields()
					.document(postings.docID())
					.getValues(SearchFields.BODY)) {
					Optional<String> word = wordFor(text, term);
					if (word.isPresent()) {
						return word;
					}
				}
			}
			return Optional.empty();
		}

	}

	/**
	 * The terms of an index that Lucene cannot open here (OpenSearch), through the
	 * backend's queries and its term suggester.
	 */
	private final class EngineTerms implements IndexTerms {

		private final SearchSession session;

		EngineTerms(SearchSession session) {
			this.session = session;
		}

		@Override
		public boolean indexed(String term) {
			return Suggestions.this.engine.documentFrequency(this.session, SearchFields.TEXT, term) > 0;
		}

		@Override
		public List<String> similar(Term term, int count) {
			return Suggestions.this.engine.similarTerms(this.session, term.field(), term.text(), count);
		}

		@Override
		public Optional<String> surfaceForm(String term) throws IOException {
			List<Long> holding = Suggestions.this.engine.best(this.session,
					new TermQuery(new Term(SearchFields.TEXT, term)), 1);
			if (holding.isEmpty()) {
				return Optional.empty();
			}
			List<String> blocks = this.session.search(Article.class)
				.select((p) -> p.field(SearchFields.BODY, String.class).list())
				.where((f) -> f.id().matching(holding.get(0)))
				.fetchSingleHit()
				.orElse(List.of());
			for (String text : blocks) {
				Optional<String> word = wordFor(text, term);
				if (word.isPresent()) {
					return word;
				}
			}
			return Optional.empty();
		}

	}

	private List<String> suggest(String query, IndexTerms reader) throws IOException {
		List<String> suggestions = new ArrayList<>();
		for (int rank = 0; rank < this.settings.suggestions(); rank++) {
			StringBuilder corrected = new StringBuilder();
			Matcher words = WORD.matcher(query);
			boolean changed = false;
			while (words.find()) {
				Optional<String> replacement = replacement(words.group(), rank, reader);
				words.appendReplacement(corrected, Matcher.quoteReplacement(replacement.orElse(words.group())));
				changed |= replacement.isPresent();
			}
			words.appendTail(corrected);
			String suggestion = corrected.toString();
			if (!changed || suggestions.contains(suggestion)) {
				break;
			}
			suggestions.add(suggestion);
		}
		return suggestions;
	}

	/**
	 * The {@code rank}th close word for a word the index does not hold, if any.
	 */
	private Optional<String> replacement(String word, int rank, IndexTerms reader) throws IOException {
		Optional<String> term = firstTerm(word);
		if (term.isEmpty()) {
			return Optional.empty();
		}
		Term text = new Term(SearchFields.TEXT, term.get());
		if (reader.indexed(term.get())) {
			return Optional.empty();
		}
		// The index holds roots, and a misspelt affixed word is far from its root
		// ("perundigan" from "runding"): look first among the corpus's own spellings.
		List<String> close = new ArrayList<>();
		for (String candidate : this.lexicon.similarWords(word.toLowerCase(Locale.ROOT), MAX_EDITS, 10)) {
			Optional<String> candidateTerm = firstTerm(candidate);
			if (candidateTerm.isPresent() && reader.indexed(candidateTerm.get())) {
				close.add(candidate);
			}
		}
		if (close.size() > rank) {
			return Optional.of(close.get(rank));
		}
		List<String> similar = reader.similar(text, rank + 1);
		if (similar.size() <= rank) {
			return Optional.empty();
		}
		return reader.surfaceForm(similar.get(rank)).map((surface) -> surface.toLowerCase(Locale.ROOT));
	}

	private Optional<String> firstTerm(String word) {
		return Terms.of(this.analyzer, word).stream().findFirst();
	}

	private Optional<String> wordFor(String text, String wanted) throws IOException {
		try (TokenStream stream = this.analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			Optional<String> found = Optional.empty();
			while (stream.incrementToken()) {
				if (found.isEmpty() && wanted.contentEquals(term)) {
					found = Optional.of(text.substring(offset.startOffset(), offset.endOffset()));
				}
			}
			stream.end();
			return found;
		}
	}

}
