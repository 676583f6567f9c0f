package id.warta.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.warta.article.Article;
import id.warta.article.SearchFields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The embedded backend: Warta's Lucene queries run as they are, and hits are counted
 * segment by segment from the doc values ({@link HitCounter}).
 */
@Component
@ConditionalOnProperty(name = "warta.search.backend", havingValue = "lucene", matchIfMissing = true)
class LuceneEngine implements SearchEngine, HitSource {

	private final HitCounter counter;

	LuceneEngine(HitCounter counter) {
		this.counter = counter;
	}

	@Override
	public SearchPredicate predicate(SearchSession session, Query query) {
		return session.scope(Article.class)
			.predicate()
			.extension(LuceneExtension.get())
			.fromLuceneQuery(query)
			.toPredicate();
	}

	@Override
	public SearchSort newestFirst(SearchSession session) {
		return session.scope(Article.class)
			.sort()
			.extension(LuceneExtension.get())
			.fromLuceneSortField(newest())
			.then()
			.score()
			.then()
			.field(SearchFields.ARTICLE_ID)
			.desc()
			.toSort();
	}

	@Override
	public SearchSort bestFirst(SearchSession session) {
		return session.scope(Article.class)
			.sort()
			.score()
			.then()
			.extension(LuceneExtension.get())
			.fromLuceneSortField(newest())
			.then()
			.field(SearchFields.ARTICLE_ID)
			.desc()
			.toSort();
	}

	/**
	 * Newest first, undated last, as a plain Lucene sort on the date's doc values: Lucene
	 * then skips the hits that cannot make the page through the date's points, which
	 * Hibernate Search's own date sort does not let it do.
	 */
	private static SortField newest() {
		SortField newest = new SortedNumericSortField(SearchFields.PUBLISHED, SortField.Type.LONG, true);
		newest.setMissingValue(Long.MIN_VALUE);
		return newest;
	}

	@Override
	public long documentFrequency(SearchSession session, String field, String term) {
		try (IndexReader reader = session.scope(Article.class).extension(LuceneExtension.get()).openIndexReader()) {
			return reader.docFreq(new Term(field, term));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public List<String> similarTerms(SearchSession session, String field, String term, int count) {
		try (IndexReader reader = session.scope(Article.class).extension(LuceneExtension.get()).openIndexReader()) {
			return similarTerms(reader, new Term(field, term), count);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Lucene's spell checker over a reader's terms, for a term it does not hold. */
	static List<String> similarTerms(IndexReader reader, Term term, int count) throws IOException {
		return List
			.of(new DirectSpellChecker().suggestSimilar(term, count, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX))
			.stream()
			.map((word) -> word.string)
			.toList();
	}

	@Override
	public Optional<IndexReader> openLuceneReader(SearchSession session) {
		return Optional.of(session.scope(Article.class).extension(LuceneExtension.get()).openIndexReader());
	}

	@Override
	public Reading open(SearchSession session) {
		IndexReader reader = session.scope(Article.class).extension(LuceneExtension.get()).openIndexReader();
		Object snapshot = HitCounter.snapshot(reader);
		return new Reading() {

			@Override
			public @Nullable Object snapshot() {
				return snapshot;
			}

			@Override
			public HitCounts count(Query query, Set<String> outlets, boolean unknownOutlet, boolean weeks) {
				try {
					return LuceneEngine.this.counter.count(reader, snapshot, query, outlets, unknownOutlet, weeks);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}

			@Override
			public void close() {
				try {
					reader.close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}

		};
	}

}
