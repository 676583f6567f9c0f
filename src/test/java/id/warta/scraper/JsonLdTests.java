package id.warta.scraper;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding the article node in a page's JSON-LD scripts and reading its values.
 */
class JsonLdTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void prefersAnArticleInALaterScriptOverAWebPageWithAHeadline() {
		JsonNode ld = JsonLd.article(List.of("{\"@type\":\"WebPage\",\"headline\":\"Beranda Kompas\"}",
				"{\"@type\":\"NewsArticle\",\"headline\":\"Harga beras naik\"}"), this.json);
		assertThat(JsonLd.text(ld, "headline")).isEqualTo("Harga beras naik");
		assertThat(JsonLd.isPage(ld)).isFalse();
	}

	@Test
	void fallsBackToTheFirstWebPageWithAHeadline() {
		JsonNode ld = JsonLd.article(List.of("{\"@type\":\"WebPage\",\"headline\":\"Banjir di Jakarta\"}",
				"{\"@type\":\"ItemPage\",\"headline\":\"Halaman lain\"}"), this.json);
		assertThat(JsonLd.text(ld, "headline")).isEqualTo("Banjir di Jakarta");
		assertThat(JsonLd.isPage(ld)).isTrue();
	}

	@Test
	void aWebPageWithoutAHeadlineOrAnotherTypeIsNoArticle() {
		assertThat(JsonLd.article(List.of("{\"@type\":\"WebPage\",\"name\":\"Kompas.com\"}",
				"{\"@type\":\"Person\",\"headline\":\"Profil\"}", "{\"name\":\"tanpa tipe\"}"), this.json))
			.isNull();
	}

	@Test
	void findsAnArticleWithoutHeadlineInsideAGraphAndSkipsBrokenScripts() {
		JsonNode ld = JsonLd.article(List.of("{\"@type\": \"NewsArticle\", broken",
				"{\"@graph\":[{\"@type\":\"Organization\",\"name\":\"Tempo\"},"
						+ "{\"@type\":[\"Thing\",\"ReportageNewsArticle\"],\"datePublished\":\"2024-03-01\"}]}"),
				this.json);
		assertThat(JsonLd.text(ld, "datePublished")).isEqualTo("2024-03-01");
	}

	@Test
	void readsNestedValuesAndTheFirstItemOfAnArray() {
		JsonNode ld = this.json.readTree("{\"publisher\":[{\"name\":\"Antara\"},{\"name\":\"Lain\"}],"
				+ "\"image\":{\"url\":\"https://example.com/a.jpg\"}}");
		assertThat(JsonLd.text(ld, "publisher", "name")).isEqualTo("Antara");
		assertThat(JsonLd.text(ld, "image")).isNull();
		assertThat(JsonLd.text(ld, "author", "name")).isNull();
		assertThat(JsonLd.text(null, "headline")).isNull();
	}

	@Test
	void joinsPeopleAndPutsOrganisationsAfterThem() {
		JsonNode ld = this.json.readTree("{\"author\":[{\"@type\":\"Organization\",\"name\":\"Tim Redaksi\"},"
				+ "\"Rina Sari\",{\"@type\":\"Person\",\"name\":\" Budi Santoso \"},{\"@type\":\"Person\"},"
				+ "{\"@type\":\"Person\",\"name\":\"  \"}]}");
		assertThat(JsonLd.authorNames(ld)).containsExactly("Rina Sari, Budi Santoso", "Tim Redaksi");
	}

	@Test
	void aSingleAuthorObjectOrNoAuthor() {
		assertThat(JsonLd.authorNames(this.json.readTree("{\"author\":{\"name\":\"Dewi Lestari\"}}")))
			.containsExactly("Dewi Lestari");
		assertThat(JsonLd.authorNames(this.json.readTree("{\"headline\":\"x\"}"))).isEmpty();
		assertThat(JsonLd.authorNames(null)).isEmpty();
	}

}
