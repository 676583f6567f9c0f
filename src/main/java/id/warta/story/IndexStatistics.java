package id.warta.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
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
		return frequency(SearchFields.TEXT, term, this.terms);
	}

	@Override
	public synchronized long articlesWithEntity(String slug) {
		return frequency(SearchFields.ENTITY, slug, this.entities);
	}

	@Override
	public synchronized void prefetch(Collection<StoryFeatures> articles) {
		count(SearchFields.TEXT, articles.stream().flatMap((article) -> article.terms().keySet().stream()), this.terms);
		count(SearchFields.ENTITY, articles.stream().flatMap((article) -> article.entities().keySet().stream()),
				this.entities);
	}

	private long frequency(String field, String value, Map<String, Long> known) {
		Long count = known.get(value);
		if (count == null) {
			count(field, Stream.of(value), known);
			count = known.get(value);
		}
		return count;
	}

	/**
	 * Counts in how many live articles each value not known yet occurs: Lucene's count
	 * where a segment has no deletions, the live postings where it has, as OpenSearch's
	 * counts are. The values are looked up in the index's order, with one terms
	 * enumeration a segment.
	 */
	private void count(String field, Stream<String> values, Map<String, Long> known) {
		List<BytesRef> missing = values.filter((value) -> !known.containsKey(value))
			.distinct()
			.map(BytesRef::new)
			.sorted()
			.toList();
		if (missing.isEmpty()) {
			return;
		}
		long[] counts = new long[missing.size()];
		try {
			for (LeafReaderContext leaf : this.reader.leaves()) {
				countIn(leaf.reader(), field, missing, counts);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (int i = 0; i < counts.length; i++) {
			known.put(missing.get(i).utf8ToString(), counts[i]);
		}
	}

	private static void countIn(LeafReader segment, String field, List<BytesRef> values, long[] counts)
			throws IOException {
		Terms terms = segment.terms(field);
		if (terms == null) {
			return;
		}
		TermsEnum iterator = terms.iterator();
		Bits live = segment.getLiveDocs();
		PostingsEnum postings = null;
		for (int i = 0; i < counts.length; i++) {
			if (!iterator.seekExact(values.get(i))) {
				continue;
			}
			if (live == null) {
				counts[i] += iterator.docFreq();
				continue;
			}
			postings = iterator.postings(postings, PostingsEnum.NONE);
			for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
				if (live.get(doc)) {
					counts[i]++;
				}
			}
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
