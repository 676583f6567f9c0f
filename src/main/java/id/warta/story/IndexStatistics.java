package id.warta.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.warta.article.SearchFields;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;

/**
 * One read of the search index for placements, and how common terms and entities are
 * among its articles: the document frequencies of the index's own fields. They change
 * only when the index's segments do, so they are kept for as long as the segments are the
 * same: the placements between two reads look each term up once.
 */
final class IndexStatistics implements IndexRead {

	private final List<Object> segments;

	private final long articles;

	private final Map<String, Long> terms = new HashMap<>();

	private final Map<String, Long> entities = new HashMap<>();

	private IndexReader reader;

	private IndexSearcher searcher;

	IndexStatistics(IndexReader reader) {
		this.reader = reader;
		this.searcher = new IndexSearcher(reader);
		this.segments = segments(reader);
		// Document frequencies count deleted documents until their segment is merged, as
		// maxDoc does: the two agree.
		this.articles = reader.maxDoc();
	}

	/** The segments of a reader: the same segments give the same frequencies. */
	static List<Object> segments(IndexReader reader) {
		return reader.leaves().stream().map((leaf) -> coreKey(leaf)).toList();
	}

	private static Object coreKey(LeafReaderContext leaf) {
		return (leaf.reader().getCoreCacheHelper() != null) ? leaf.reader().getCoreCacheHelper().getKey()
				: leaf.reader();
	}

	/** Whether these statistics hold for an index read with these segments. */
	boolean holdsFor(List<Object> segments) {
		return this.segments.equals(segments);
	}

	/** Reads on with another reader of the same segments; the previous one is closed. */
	void readWith(IndexReader other) {
		IndexReader previous = this.reader;
		this.reader = other;
		this.searcher = new IndexSearcher(other);
		close(previous);
	}

	/**
	 * The best hits, counted no further than needed, so that Lucene skips those that
	 * cannot make the top; read with Lucene itself, not reopened after every write.
	 */
	@Override
	public List<Long> best(Query query, int limit) {
		IndexSearcher searcher;
		synchronized (this) {
			searcher = this.searcher;
		}
		List<Long> ids = new ArrayList<>();
		try {
			List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
			TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(limit, null, limit));
			for (ScoreDoc hit : top.scoreDocs) {
				LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
				SortedNumericDocValues id = DocValues.getSortedNumeric(leaf.reader(), SearchFields.ARTICLE_ID);
				if (id.advanceExact(hit.doc - leaf.docBase)) {
					ids.add(id.nextValue());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ids;
	}

	@Override
	public synchronized long articles() {
		return this.articles;
	}

	@Override
	public synchronized long articlesWithTerm(String term) {
		return this.terms.computeIfAbsent(term, (t) -> docFreq(SearchFields.TEXT, t));
	}

	@Override
	public synchronized long articlesWithEntity(String slug) {
		return this.entities.computeIfAbsent(slug, (s) -> docFreq(SearchFields.ENTITY, s));
	}

	private long docFreq(String field, String value) {
		try {
			return this.reader.docFreq(new Term(field, value));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public synchronized void close() {
		close(this.reader);
	}

	private static void close(IndexReader reader) {
		try {
			reader.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
