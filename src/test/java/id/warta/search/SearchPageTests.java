package id.warta.search;

import java.util.List;

import id.warta.PageTestSupport;
import id.warta.article.SampleArticles;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page over HTTP: stemming, highlighting, the outlet filter, the order, and
 * queries that cannot be understood.
 */
class SearchPageTests extends PageTestSupport {

	@Test
	void findsArticlesByTheirStemSoBerundingFindsPerundingan() {
		Page page = get("/search?q=berunding");
		assertThat(page.status()).isEqualTo(200);
		assertThat(titles(page)).containsExactly(SampleArticles.NATUNA_TITLE);
		assertThat(page.html().selectFirst("h1").text()).isEqualTo("1 hasil untuk “berunding”");
		assertThat(page.html().selectFirst("#search-q").val()).isEqualTo("berunding");
	}

	@Test
	void echoesAQuotedPhraseOnceQuotedAndALongQueryCut() {
		Page phrase = get("/search?q=%22batas+laut%22");
		assertThat(phrase.html().selectFirst("h1").text()).endsWith("“batas laut”");
		String longQuery = "perundingan " + "batas laut Natuna ".repeat(120);
		Page cut = get("/search?q=" + java.net.URLEncoder.encode(longQuery, java.nio.charset.StandardCharsets.UTF_8));
		String heading = cut.html().selectFirst("h1, .notice").text();
		assertThat(heading).contains("…").hasSizeLessThan(SearchController.SHOWN_QUERY + 60);
		assertThat(cut.html().selectFirst("#search-q").val()).startsWith("perundingan batas laut Natuna batas");
	}

	@Test
	void marksTheMatchedWordsInTitleAndSnippet() {
		Element card = get("/search?q=perundingan").html().selectFirst(".card");
		assertThat(card.select(".card-title mark").eachText()).containsExactly("Perundingan");
		assertThat(card.selectFirst(".card-title").text()).isEqualTo(SampleArticles.NATUNA_TITLE);
		assertThat(card.select(".lead mark").eachText()).containsExactly("perundingan");
		assertThat(card.selectFirst(".lead").text()).contains("melanjutkan perundingan tentang batas laut");
	}

	@Test
	void combinesTheQueryWithTheOutletFilterAndCountsOutletsForTheQuery() {
		Page page = get("/search?q=laporan&outlet=kompas");
		assertThat(titles(page)).hasSize(20).allSatisfy((title) -> assertThat(title).startsWith("Laporan "));
		assertThat(page.html().select(".card .outlet").eachText()).containsOnly("Kompas");
		assertThat(page.html().selectFirst("h1").text()).isEqualTo("20 hasil untuk “laporan”");
		assertThat(page.html().select(".facet li"))
			.extracting((option) -> option.selectFirst(".name").text() + " " + option.selectFirst(".count").text())
			.containsExactlyInAnyOrder("Antara 20", "Kompas 20");
		assertThat(page.html().selectFirst(".facet li.active .name").text()).isEqualTo("Kompas");
		assertThat(page.html().selectFirst(".facet .clear").attr("href")).isEqualTo("/search?q=laporan");
		assertThat(page.html().selectFirst(".facet li a").attr("href")).startsWith("/search?q=laporan&outlet=");
	}

	@Test
	void unknownOutletFilterWorksWithAQuery() {
		Page page = get("/search?q=ASEAN&outlet=unknown");
		assertThat(titles(page)).containsExactly(SampleArticles.UNDATED_UNKNOWN_OUTLET_TITLE);
		assertThat(get("/search?q=ASEAN&outlet=tempo").html().select(".card")).isEmpty();
	}

	@Test
	void sortsByDateOnRequestAndPages() {
		Page newest = get("/search?q=laporan&sort=newest");
		assertThat(titles(newest)).hasSize(20).startsWith(SampleArticles.reportTitle(1), SampleArticles.reportTitle(2));
		assertThat(newest.html().selectFirst(".sort a[aria-current]").text()).isEqualTo("Terbaru");
		assertThat(newest.html().selectFirst("a[rel=next]").attr("href"))
			.isEqualTo("/search?q=laporan&sort=newest&page=2");
		Page second = get("/search?q=laporan&sort=newest&page=2");
		assertThat(titles(second)).hasSize(20).endsWith(SampleArticles.reportTitle(40));
		assertThat(get("/search?q=laporan").html().selectFirst(".sort a[aria-current]").text())
			.isEqualTo("Paling relevan");
	}

	@Test
	void hitLinksCarryTheSearchForTheBackLink() {
		String href = get("/search?q=" + encode("laut natuna") + "&sort=newest").html()
			.selectFirst(".card-title a")
			.attr("href");
		assertThat(href).matches("/articles/\\d+\\?q=laut\\+natuna&sort=newest");
		Page article = get(href);
		assertThat(article.html().selectFirst(".back a").attr("href")).isEqualTo("/search?q=laut+natuna&sort=newest");
		assertThat(article.html().selectFirst(".back a").text()).isEqualTo("← Kembali ke hasil pencarian");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "%20%20%20", "%09" })
	void blankQueryPromptsForWords(String query) {
		Page page = get("/search?q=" + query);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().selectFirst(".notice").text()).startsWith("Ketik kata yang ingin dicari");
		assertThat(get("/search").html().selectFirst(".notice").text()).startsWith("Ketik kata yang ingin dicari");
	}

	static List<String> oddQueries() {
		return List.of("\"putin", "-", "北朝鮮", "кремль", "<script>alert(1)</script>", "\u0000", "%00", "*", "(((",
				"\"\"", "yang", "|", "~2", "a~", "-perundingan", "+-", "\"a\"~3", "OR", "AND NOT", "\\",
				"a".repeat(2000), "natuna ".repeat(300));
	}

	@ParameterizedTest
	@MethodSource("oddQueries")
	void oddQueriesShowAFriendlyPageNeverAnError(String query) {
		Page page = get("/search?q=" + encode(query) + "&page=2&sort=newest&outlet=antara");
		assertThat(page.status()).isEqualTo(200);
		String heading = page.html().select("main h1").text();
		assertThat(heading).matches("(?s)\\d+ hasil untuk “.*”|Cari berita");
		if (heading.startsWith("0 ")) {
			assertThat(page.html().select(".notice").text()).contains("Tidak ada artikel yang cocok");
		}
		assertThat(page.html().select("main script, main b")).isEmpty();
	}

	@Test
	void markupInTheQueryIsShownAsText() {
		Page page = get("/search?q=" + encode("<script>alert(1)</script>"));
		assertThat(page.html().selectFirst("h1").text()).isEqualTo("0 hasil untuk “<script>alert(1)</script>”");
		assertThat(page.html().selectFirst(".notice").text())
			.isEqualTo("Tidak ada artikel yang cocok dengan “<script>alert(1)</script>”.");
		assertThat(page.html().select("script:not([src=/js/warta.js])")).isEmpty();
		assertThat(page.html().selectFirst("#search-q").val()).isEqualTo("<script>alert(1)</script>");
	}

	@Test
	void wordsTheAnalyzerDropsFindNothing() {
		for (String query : List.of("yang", "北朝鮮", "кремль", "(((", "\"\"")) {
			Page page = get("/search?q=" + encode(query));
			assertThat(page.html().selectFirst("h1").text()).as(query).startsWith("0 hasil");
			assertThat(page.html().select(".card")).as(query).isEmpty();
		}
	}

	@Test
	void veryLongQueryIsShortenedWithANotice() {
		Page page = get("/search?q=" + "natuna+".repeat(2000 / 7));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select(".notice").eachText())
			.contains("Pencarian terlalu panjang, jadi hanya 500 karakter pertama yang dipakai.");
		assertThat(titles(page)).containsExactly(SampleArticles.NATUNA_TITLE);
	}

	@Test
	void excludedWordsAndPhrasesWork() {
		assertThat(titles(get("/search?q=" + encode("\"laut natuna\"")))).containsExactly(SampleArticles.NATUNA_TITLE);
		assertThat(titles(get("/search?q=" + encode("laporan -kompas")))).hasSize(20)
			.allSatisfy((title) -> assertThat(title).startsWith("Laporan"));
	}

}
