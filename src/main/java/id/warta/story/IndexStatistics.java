package id.warta.story;

import java.io.IOException;
import java.io.UncheckedIOException;

import id.warta.article.SearchFields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * How common terms and entities are among the indexed articles: the document frequencies
 * of the search index's own fields, read from one reader.
 */
final class IndexStatistics implements TermStatistics, AutoCloseable {

	private final IndexReader reader;

	IndexStatistics(IndexReader reader) {
		this.reader = reader;
	}

	@Override
	public long articles() {
		// Document frequencies count deleted documents until their segment is merged, as
		// maxDoc does: the two agree.
		return this.reader.maxDoc();
	}

	@Override
	public long articlesWithTerm(String term) {
		return docFreq(SearchFields.TEXT, term);
	}

	@Override
	public long articlesWithEntity(String slug) {
		return docFreq(SearchFields.ENTITY, slug);
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
	public void close() {
		try {
			this.reader.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
