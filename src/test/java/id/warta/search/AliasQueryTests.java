package id.warta.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.warta.language.AliasAnalyzer;
import id.warta.language.IndexAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Multi-word aliases as the search runs them: text indexed by {@link IndexAnalyzer},
 * queries quoted by {@link QueryAliases} and parsed by Lucene's simple query parser (as
 * Hibernate Search's simple query string does) with {@link AliasAnalyzer}.
 */
class AliasQueryTests {

	private static final List<String> TEXTS = List.of("Korut kembali menembakkan rudal balistik",
			"Pemimpin Korea Utara berkunjung ke Rusia", "Korea Selatan dan Jepang berlatih bersama",
			"Utara Jakarta banjir, Korea tidak terdampak", "Presiden Joko Widodo menerima Dubes AS",
			"Kim Jong Un meninjau peluncuran", "Sidang Majelis Umum PBB dibuka", "Dewan Keamanan UN bersidang",
			"Putra mahkota Mohammed bin Salman tiba", "Kepala BIN melapor", "as roda truk patah",
			"Sidang UNSC membahas Gaza", "Sekjen Nato berbicara di Brussel", "Hubungan AS-Tiongkok memanas");

	private final Directory directory = new ByteBuffersDirectory();

	private final QueryAliases aliases = new QueryAliases();

	private DirectoryReader reader;

	@BeforeEach
	void index() throws IOException {
		try (IndexWriter writer = new IndexWriter(this.directory, new IndexWriterConfig(new IndexAnalyzer()))) {
			for (int i = 0; i < TEXTS.size(); i++) {
				Document document = new Document();
				document.add(new TextField("body", TEXTS.get(i), Field.Store.NO));
				document.add(new StoredField("n", i));
				writer.addDocument(document);
			}
		}
		this.reader = DirectoryReader.open(this.directory);
	}

	@AfterEach
	void close() throws IOException {
		this.reader.close();
	}

	@Test
	void aMultiWordNameFindsItsAbbreviationAndTheOtherWayRound() throws IOException {
		assertThat(search("Korea Utara")).containsExactlyInAnyOrder(0, 1);
		assertThat(search("Korut")).containsExactlyInAnyOrder(0, 1);
		assertThat(search("korsel")).containsExactly(2);
		assertThat(search("Jokowi")).containsExactly(4);
		assertThat(search("Amerika Serikat")).containsExactlyInAnyOrder(4, 13);
	}

	@Test
	void aliasesWorkInsideQuotedPhrasesAndWithOtherWords() throws IOException {
		assertThat(search("\"Korea Utara\"")).containsExactlyInAnyOrder(0, 1);
		assertThat(search("\"Korut kembali\"")).containsExactly(0);
		assertThat(search("\"Korea Utara kembali\"")).containsExactly(0);
		assertThat(search("Korea Utara rudal")).containsExactly(0);
	}

	@Test
	void anAbbreviationsAliasesFindItOnlyInCapitals() throws IOException {
		// "PBB" stands for "UN", never for the "Un" of "Kim Jong Un".
		assertThat(search("PBB")).containsExactlyInAnyOrder(6, 7);
		assertThat(search("pbb")).containsExactlyInAnyOrder(6, 7);
		assertThat(search("Perserikatan Bangsa-Bangsa")).containsExactlyInAnyOrder(6, 7);
		assertThat(search("UN")).containsExactlyInAnyOrder(6, 7);
		// A name-cased word is that word in any case; an abbreviation typed in lower case
		// stands for its aliases too.
		assertThat(search("Un")).containsExactlyInAnyOrder(5, 7);
		assertThat(search("Kim Jong Un")).containsExactly(5);
		assertThat(search("un")).containsExactlyInAnyOrder(5, 6, 7);
		// "Badan Intelijen Negara" is "BIN", not the "bin" of a name; "AS" is not "as".
		assertThat(search("Badan Intelijen Negara")).containsExactly(9);
		assertThat(search("Amerika Serikat")).containsExactlyInAnyOrder(4, 13);
		assertThat(search("AS")).containsExactlyInAnyOrder(4, 13);
		assertThat(search("as")).contains(10);
		// A name that holds an abbreviation, typed in lower case, keeps its aliases.
		assertThat(search("dewan keamanan pbb")).contains(11);
		// A longer abbreviation typed in capitals finds the word in any case, too.
		assertThat(search("NATO")).contains(12);
		// Each part of a hyphenated word in its own case.
		assertThat(search("Amerika Serikat")).contains(13);
		assertThat(search("AS")).contains(13);
	}

	@Test
	void excludingANameExcludesItsAliases() throws IOException {
		assertThat(search("Korea -Korea Utara")).containsExactlyInAnyOrder(2, 3);
		assertThat(search("rudal -Korut")).isEmpty();
	}

	private List<Integer> search(String text) throws IOException {
		SimpleQueryParser parser = new SimpleQueryParser(AliasAnalyzer.standard(), Map.of("body", 1.0f));
		parser.setDefaultOperator(org.apache.lucene.search.BooleanClause.Occur.MUST);
		Query query = parser.parse(this.aliases.quoteNames(text));
		IndexSearcher searcher = new IndexSearcher(this.reader);
		List<Integer> found = new ArrayList<>();
		for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
			found.add(searcher.storedFields().document(hit.doc).getField("n").numericValue().intValue());
		}
		return found;
	}

}
