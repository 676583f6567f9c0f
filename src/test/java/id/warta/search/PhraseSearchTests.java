package id.warta.search;

import java.time.OffsetDateTime;
import java.util.List;

import id.warta.TemporaryDataDir;
import id.warta.article.ArticleImporter;
import id.warta.article.IncomingArticle;
import id.warta.scraper.Block;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.PublicationDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quoted phrases, looked up as word pairs: words in order and next to each other, in
 * title or body, through aliases and word forms, and never across a dropped stop word.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "warta.sources.scheduling=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhraseSearchTests {

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		TemporaryDataDir.register(registry);
	}

	@Autowired
	ArticleSearch search;

	@Autowired
	ArticleImporter importer;

	@BeforeAll
	void store() {
		this.importer.importAll(List.of(article("Korea Utara menembakkan rudal", "Rudal jatuh di laut lepas."),
				article("Angin dari utara", "Korea dan Jepang bersiap menghadapi angin utara."),
				article("Korut menguji senjata", "Pyongyang kembali menguji senjata baru."),
				article("Sengketa di perairan", "Kapal patroli berjaga di Laut Cina Selatan sejak pagi."),
				article("Laut yang tenang", "Perahu nelayan melintasi laut selatan Cina tanpa gangguan."),
				article("Kunjungan kenegaraan", "Presiden di Jakarta menerima tamu dari Malaysia."),
				article("Perundingan batas", "Kedua negara berunding damai selama tiga hari."),
				article("Kim Jong Un meninjau peluncuran", "Pemimpin itu datang bersama putrinya."),
				article("Sidang Majelis Umum dibuka", "Sekjen UN membuka sidang tahunan di New York.")));
	}

	@Test
	void findsAPhraseOfTwoWordsInTitleOrBodyAndThroughItsAliases() {
		assertThat(titles("\"Korea Utara\"")).containsExactlyInAnyOrder("Korea Utara menembakkan rudal",
				"Korut menguji senjata");
		assertThat(titles("\"utara korea\"")).isEmpty();
		assertThat(titles("Korea Utara")).contains("Korea Utara menembakkan rudal", "Korut menguji senjata");
	}

	@Test
	void anAbbreviationInCapitalsFindsOnlyTheAbbreviationThroughItsAliases() {
		// "PBB" is "UN", not the "Un" of "Kim Jong Un".
		assertThat(titles("PBB")).containsExactly("Sidang Majelis Umum dibuka");
		assertThat(titles("\"Perserikatan Bangsa-Bangsa\"")).containsExactly("Sidang Majelis Umum dibuka");
		assertThat(titles("Kim Jong Un")).containsExactly("Kim Jong Un meninjau peluncuran");
		// In a phrase too, the abbreviation as written and through its aliases.
		assertThat(titles("\"Sekjen UN\"")).containsExactly("Sidang Majelis Umum dibuka");
		assertThat(titles("\"Sekjen PBB\"")).containsExactly("Sidang Majelis Umum dibuka");
		assertThat(titles("\"Jong Un\"")).containsExactly("Kim Jong Un meninjau peluncuran");
	}

	@Test
	void findsLongerPhrasesOnlyInTheirOrder() {
		assertThat(titles("\"laut cina selatan\"")).containsExactly("Sengketa di perairan");
		assertThat(titles("\"laut selatan cina\"")).containsExactly("Laut yang tenang");
		assertThat(titles("\"cina selatan\" patroli")).containsExactly("Sengketa di perairan");
		assertThat(titles("\"cina selatan\" -patroli")).isEmpty();
	}

	@Test
	void matchesWordFormsButNotWordsThatAStopWordKeptApart() {
		assertThat(titles("\"perundingan damai\"")).containsExactly("Perundingan batas");
		assertThat(titles("\"presiden di Jakarta\"")).containsExactly("Kunjungan kenegaraan");
		assertThat(titles("\"presiden Jakarta\"")).isEmpty();
		assertThat(titles("\"rudal\"")).containsExactly("Korea Utara menembakkan rudal");
		assertThat(titles("\"yang\" \"di\"")).isEmpty();
	}

	@Test
	void answersPhrasesOfManyAliasesAndBrokenSyntax() {
		// Each "AS" has four names: 4^40 readings, which are left to Lucene's own phrase.
		String aliases = "\"" + "AS ".repeat(40).strip() + "\"";
		assertThat(titles(aliases)).isEmpty();
		assertThat(titles("\"AS PBB\"")).isEmpty();
		assertThat(titles("\"korea utara")).contains("Korea Utara menembakkan rudal");
		assertThat(titles("\"\" ((( | -")).isEmpty();
		assertThat(titles("AS ".repeat(160) + "Korut")).isEmpty();
		assertThat(titles("\"Korea Utara\" " + "Korut ".repeat(80))).contains("Korut menguji senjata");
	}

	@Test
	void marksThePhraseInTheSnippet() {
		SearchResults results = search("\"laut cina selatan\"");
		assertThat(results.hits().items()).singleElement()
			.satisfies((hit) -> assertThat(hit.snippet()).filteredOn(TextSegment::match)
				.extracting(TextSegment::text)
				.containsExactly("Laut Cina Selatan"));
	}

	private List<String> titles(String query) {
		return search(query).hits().items().stream().map((hit) -> hit.article().title()).toList();
	}

	private SearchResults search(String query) {
		return this.search
			.search(new SearchRequest(query, List.of(), null, null, SearchRequest.Order.RELEVANCE, 1, 20));
	}

	private static IncomingArticle article(String title, String text) {
		return new IncomingArticle("test:" + title,
				new ExtractedArticle(title, "Antara", null,
						PublicationDate.of(OffsetDateTime.parse("2024-03-01T10:00:00+07:00")), List.of(), "id",
						List.of(Block.paragraph(text)), text.split(" ").length));
	}

}
