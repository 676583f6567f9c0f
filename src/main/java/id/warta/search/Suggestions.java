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
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * "Did you mean": for a query that found nothing, the same query with each word that the
 * index does not hold replaced by a close word that it does (Lucene's
 * {@link DirectSpellChecker} over the index's own terms). The index holds stems, so each
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

	private final DirectSpellChecker checker = new DirectSpellChecker();

	Suggestions(EntityManagerFactory entityManagerFactory, SearchSettings settings) {
		this.entityManagerFactory = entityManagerFactory;
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
		try (IndexReader reader = Search.mapping(this.entityManagerFactory)
			.scope(Article.class)
			.extension(LuceneExtension.get())
			.openIndexReader()) {
			return suggest(query, reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<String> suggest(String query, IndexReader reader) throws IOException {
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
	private Optional<String> replacement(String word, int rank, IndexReader reader) throws IOException {
		Optional<String> term = firstTerm(word);
		if (term.isEmpty()) {
			return Optional.empty();
		}
		Term text = new Term(SearchFields.TEXT, term.get());
		if (indexed(term.get(), reader)) {
			return Optional.empty();
		}
		// The index holds roots, and a misspelt affixed word is far from its root
		// ("perundigan" from "runding"): look first among the corpus's own spellings.
		List<String> close = new ArrayList<>();
		for (String candidate : this.lexicon.similarWords(word.toLowerCase(Locale.ROOT), MAX_EDITS, 10)) {
			Optional<String> candidateTerm = firstTerm(candidate);
			if (candidateTerm.isPresent() && indexed(candidateTerm.get(), reader)) {
				close.add(candidate);
			}
		}
		if (close.size() > rank) {
			return Optional.of(close.get(rank));
		}
		SuggestWord[] similar = this.checker.suggestSimilar(text, rank + 1, reader,
				SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
		if (similar.length <= rank) {
			return Optional.empty();
		}
		return surfaceForm(similar[rank].string, reader).map((surface) -> surface.toLowerCase(Locale.ROOT));
	}

	private static boolean indexed(String term, IndexReader reader) throws IOException {
		return reader.docFreq(new Term(SearchFields.TEXT, term)) > 0;
	}

	/**
	 * A word of an article whose term is {@code term}: the stem "runding" becomes
	 * "perundingan" or "berunding", as some article has it.
	 */
	private Optional<String> surfaceForm(String term, IndexReader reader) throws IOException {
		for (LeafReaderContext leaf : reader.leaves()) {
			PostingsEnum postings = leaf.reader().postings(new Term(SearchFields.TEXT, term));
			if (postings == null || postings.nextDoc() == DocIdSetIterator.NO_MORE_DOCS) {
				continue;
			}
			for (String text : leaf.reader().storedFields().document(postings.docID()).getValues(SearchFields.BODY)) {
				Optional<String> word = wordFor(text, term);
				if (word.isPresent()) {
					return word;
				}
			}
		}
		return Optional.empty();
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
