package id.warta.search;

import java.io.IOException;
import java.util.Set;

import id.warta.article.SearchFields;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The counts kept per segment follow the index: a new segment is counted, a deletion in a
 * counted segment is seen, and a query or filter of its own is counted afresh.
 */
class HitCounterTests {

	private final HitCounter counter = new HitCounter();

	private final Query gempa = new TermQuery(new Term("text", "gempa"));

	@Test
	void keptCountsFollowAddedAndDeletedDocuments() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory,
						new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
			writer.addDocument(article("1", "gempa", "kompas", 10));
			writer.addDocument(article("2", "gempa", "tempo", 10));
			writer.addDocument(article("3", "gempa banjir", "kompas", 11));
			writer.addDocument(article("4", "banjir", "kompas", 12));
			writer.commit();
			try (DirectoryReader first = DirectoryReader.open(writer)) {
				HitCounts counts = count(first, Set.of());
				assertThat(counts.total()).isEqualTo(3);
				assertThat(counts.stories()).isEqualTo(2);
				assertThat(counts.bySlug()).containsOnly(entry("kompas", 2L), entry("tempo", 1L));
				// Asked again of the same segment: the same counts.
				assertThat(count(first, Set.of())).isEqualTo(counts);
				assertThat(count(first, Set.of("tempo")).selected()).isEqualTo(1);
			}
			writer.addDocument(article("5", "gempa", "antara", 12));
			writer.deleteDocuments(new Term("id", "2"));
			writer.commit();
			try (DirectoryReader second = DirectoryReader.open(writer)) {
				assertThat(second.leaves()).hasSize(2);
				HitCounts counts = count(second, Set.of());
				assertThat(counts.total()).isEqualTo(3);
				assertThat(counts.stories()).isEqualTo(3);
				assertThat(counts.bySlug()).containsOnly(entry("kompas", 2L), entry("antara", 1L));
				assertThat(count(second, Set.of("tempo")).selected()).isZero();
			}
		}
	}

	private HitCounts count(DirectoryReader reader, Set<String> outlets) throws IOException {
		return this.counter.count(reader, HitCounter.snapshot(reader), this.gempa, outlets, false, false);
	}

	private static Document article(String id, String text, String outlet, long story) {
		Document document = new Document();
		document.add(new StringField("id", id, Field.Store.NO));
		document.add(new TextField("text", text, Field.Store.NO));
		document.add(new SortedSetDocValuesField(SearchFields.OUTLET, new BytesRef(outlet)));
		document.add(new SortedNumericDocValuesField(SearchFields.STORY, story));
		return document;
	}

}
