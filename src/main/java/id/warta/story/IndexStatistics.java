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
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
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
		// Live articles only: an article indexed again leaves its old copy deleted in
		// its segment until a merge, and Lucene's own counts would take it twice.
		this.articles = reader.numDocs();
	}

	/** The segments of a reader: the same segments give the same frequencies. */
	static List<Object> segments(IndexReader reader) {
		return reader.leaves().stream().map((leaf) -> readerKey(leaf)).toList();
	}

	/** A segment's key, which changes when one of its articles is deleted. */
	private static Object readerKey(LeafReaderContext leaf) {
		return (leaf.reader().getReaderCacheHelper() != null) ? leaf.reader().getReaderCacheHelper().getKey()
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

	/**
	 * In how many live articles a term occurs: Lucene's count where a segment has no
	 * deletions, the live postings where it has, as OpenSearch's counts are.
	 */
	private long docFreq(String field, String value) {
		Term term = new Term(field, value);
		long count = 0;
		try {
			for (LeafReaderContext leaf : this.reader.leaves()) {
				LeafReader segment = leaf.reader();
				if (!segment.hasDeletions()) {
					count += segment.docFreq(term);
					continue;
				}
				PostingsEnum postings = segment.postings(term, PostingsEnum.NONE);
				if (postings == null) {
					continue;
				}
				Bits live = segment.getLiveDocs();
				for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
					if (live == null || live.get(doc)) {
						count++;
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return count;
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
