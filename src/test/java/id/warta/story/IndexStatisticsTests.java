package id.warta.story;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import id.warta.article.SearchFields;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How common terms and entities are, read from a Lucene index of several segments, one of
 * them with deleted articles: the same counts whether asked one by one or ahead for many
 * articles at once.
 */
class IndexStatisticsTests {

	private final Directory directory = new ByteBuffersDirectory();

	private final StoryFeatureReader reader = new StoryFeatureReader();

	private IndexStatistics statistics;

	@BeforeEach
	void indexArticlesInTwoSegmentsWithDeletions() throws IOException {
		IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer())
			.setMergePolicy(NoMergePolicy.INSTANCE);
		try (IndexWriter writer = new IndexWriter(this.directory, config)) {
			writer.addDocument(article("1", "gempa cianjur", "indonesia"));
			writer.addDocument(article("2", "gempa susul", "indonesia"));
			writer.addDocument(article("3", "banjir demak", "indonesia"));
			writer.commit();
			writer.addDocument(article("4", "gempa banjir", "jepang"));
			writer.addDocument(article("5", "gempa", "jepang"));
			writer.addDocument(article("6", "banjir", ""));
			writer.deleteDocuments(new Term("id", "5"), new Term("id", "6"));
			writer.commit();
		}
		this.statistics = new IndexStatistics(DirectoryReader.open(this.directory));
	}

	@AfterEach
	void close() throws IOException {
		this.statistics.close();
		this.directory.close();
	}

	private static Document article(String id, String text, String entities) {
		Document document = new Document();
		document.add(new StringField("id", id, Field.Store.NO));
		document.add(new TextField(SearchFields.TEXT, text, Field.Store.NO));
		document.add(new TextField(SearchFields.ENTITY, entities, Field.Store.NO));
		return document;
	}

	@Test
	void countsOnlyLiveArticlesOneByOne() {
		assertThat(this.statistics.articles()).isEqualTo(4);
		assertThat(this.statistics.articlesWithTerm("gempa")).isEqualTo(3);
		assertThat(this.statistics.articlesWithTerm("banjir")).isEqualTo(2);
		assertThat(this.statistics.articlesWithTerm("susul")).isEqualTo(1);
		assertThat(this.statistics.articlesWithTerm("tsunami")).isZero();
		assertThat(this.statistics.articlesWithEntity("indonesia")).isEqualTo(3);
		assertThat(this.statistics.articlesWithEntity("jepang")).isEqualTo(1);
	}

	@Test
	void countsAskedAheadAreTheSameAsThoseAskedOneByOne() throws IOException {
		StoryFeatures asked = this.reader.read("Gempa dan banjir", List.of("Tsunami, gempa susulan."),
				LocalDate.of(2024, 3, 5));
		assertThat(asked.terms()).containsKeys("gempa", "banjir", "tsunami", "susul");
		this.statistics.prefetch(List.of(asked));
		IndexStatistics fresh = new IndexStatistics(DirectoryReader.open(this.directory));
		try {
			for (String term : asked.terms().keySet()) {
				assertThat(this.statistics.articlesWithTerm(term)).as(term).isEqualTo(fresh.articlesWithTerm(term));
			}
		}
		finally {
			fresh.close();
		}
		assertThat(this.statistics.articlesWithTerm("gempa")).isEqualTo(3);
		assertThat(this.statistics.articlesWithTerm("tsunami")).isZero();
	}

}
