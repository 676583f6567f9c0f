package id.warta.article;

import java.util.List;

import id.warta.PageTestSupport;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home list, the outlet filter and the article page, over HTTP.
 */
class ArticlePagesTests extends PageTestSupport {

	@Test
	void homeListsTwentyArticlesAPageNewestFirst() {
		Page first = get("/");
		assertThat(first.status()).isEqualTo(200);
		assertThat(titles(first)).hasSize(20).startsWith(SampleArticles.reportTitle(1), SampleArticles.reportTitle(2));
		assertThat(first.html().select(".pagination ol a")).extracting(Element::text).containsExactly("1", "2", "3");
		assertThat(first.html().selectFirst(".pagination a[aria-current=page]").text()).isEqualTo("1");
		assertThat(first.html().selectFirst(".count").text()).isEqualTo("Menampilkan 1–20 dari 45 peristiwa");

		assertThat(titles(get("/?page=2"))).hasSize(20).startsWith(SampleArticles.reportTitle(21));
	}

	@Test
	void lastPageEndsWithTheUndatedArticles() {
		Page last = get("/?page=3");
		assertThat(titles(last)).containsExactly(SampleArticles.NATUNA_TITLE, SampleArticles.SCRIPT_TITLE,
				// Undated articles come last, the one imported last first.
				SampleArticles.UNKNOWN_OUTLET_TITLE, SampleArticles.UNDATED_UNKNOWN_OUTLET_TITLE,
				SampleArticles.UNDATED_TITLE);
		Elements cards = last.html().select(".card");
		assertThat(cards.get(3).select(".undated").text()).isEqualTo("Tanggal tidak diketahui");
		assertThat(cards.get(4).select(".undated").text()).isEqualTo("Tanggal tidak diketahui");
		assertThat(cards.get(2).select(".undated")).isEmpty();
		assertThat(last.html().selectFirst("a[rel=next]")).isNull();
		assertThat(last.html().selectFirst("a[rel=prev]").attr("href")).isEqualTo("/?page=2");
	}

	@Test
	void cardShowsOutletDateInIndonesianLeadAndReadingTime() {
		Element card = card(get("/?page=3"), SampleArticles.NATUNA_TITLE);
		assertThat(card.selectFirst(".outlet").text()).isEqualTo("Antara");
		assertThat(card.selectFirst(".outlet").attr("href")).isEqualTo("/?outlet=antara");
		assertThat(card.selectFirst("time").text()).isEqualTo("Kamis, 14 September 2023");
		assertThat(card.selectFirst(".reading-time").text()).isEqualTo("3 menit baca");
		assertThat(card.selectFirst(".lead").text()).startsWith("Indonesia dan Tiongkok melanjutkan perundingan");
		Element unknown = card(get("/?page=3"), SampleArticles.UNKNOWN_OUTLET_TITLE);
		assertThat(unknown.selectFirst(".outlet").text()).isEqualTo("Media tidak diketahui");
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "-5", "0", "1.5", "%00", "" })
	void pageNumbersThatAreNotPagesShowTheFirstPage(String page) {
		Page shown = get("/?page=" + page);
		assertThat(shown.status()).isEqualTo(200);
		assertThat(titles(shown)).first().isEqualTo(SampleArticles.reportTitle(1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "4", "10000", "2147483648", "99999999999999999999" })
	void pageNumbersPastTheEndShowTheLastPage(String page) {
		Page shown = get("/?page=" + page);
		assertThat(shown.status()).isEqualTo(200);
		assertThat(titles(shown)).hasSize(5).first().isEqualTo(SampleArticles.NATUNA_TITLE);
	}

	@Test
	void outletFilterShowsOnlyThatOutletAndMarksItInTheFacet() {
		Page tempo = get("/?outlet=tempo");
		assertThat(titles(tempo)).containsExactly(SampleArticles.SCRIPT_TITLE);
		assertThat(tempo.html().selectFirst("h1").text()).isEqualTo("Berita dari Tempo");
		Element active = tempo.html().selectFirst(".facet li.active");
		assertThat(active.selectFirst(".name").text()).isEqualTo("Tempo");
		assertThat(tempo.html().selectFirst(".facet .clear").attr("href")).isEqualTo("/");

		Page antara = get("/?outlet=antara&page=2");
		assertThat(titles(antara)).hasSize(1).containsExactly(SampleArticles.NATUNA_TITLE);
	}

	@Test
	void facetListsEveryOutletWithItsCountAndTheUnknownOutletLast() {
		Elements options = get("/").html().select(".facet li");
		assertThat(options)
			.extracting((option) -> option.selectFirst(".name").text() + " " + option.selectFirst(".count").text())
			.containsExactly("Antara 21", "Kompas 21", "Tempo 1", "Media tidak diketahui 2");
		assertThat(options.last().selectFirst("a").attr("href")).isEqualTo("/?outlet=unknown");
		assertThat(get("/").html().select(".facet .clear")).isEmpty();
	}

	@Test
	void unknownOutletFilterShowsArticlesWithoutOutlet() {
		Page unknown = get("/?outlet=unknown");
		assertThat(titles(unknown)).containsExactly(SampleArticles.UNKNOWN_OUTLET_TITLE,
				SampleArticles.UNDATED_UNKNOWN_OUTLET_TITLE);
		assertThat(unknown.html().selectFirst("h1").text()).isEqualTo("Berita dari media yang tidak diketahui");
	}

	@Test
	void outletThatDoesNotExistShowsAFriendlyMessage() {
		Page missing = get("/?outlet=" + encode("no-such-outlet<b>"));
		assertThat(missing.status()).isEqualTo(200);
		assertThat(missing.html().selectFirst(".notice p").text())
			.isEqualTo("Media “no-such-outlet<b>” tidak ditemukan.");
		assertThat(missing.html().select(".card")).isEmpty();
		assertThat(missing.html().select(".notice b")).isEmpty();
	}

	@Test
	void articlePageShowsEveryPart() {
		Page page = get(card(get("/?page=3"), SampleArticles.NATUNA_TITLE).selectFirst("a").attr("href"));
		assertThat(page.status()).isEqualTo(200);
		Element article = page.html().selectFirst("article");
		assertThat(article.selectFirst("h1").text()).isEqualTo(SampleArticles.NATUNA_TITLE);
		assertThat(article.selectFirst(".outlet").text()).isEqualTo("Antara");
		assertThat(article.selectFirst(".outlet").attr("href")).isEqualTo("/?outlet=antara");
		assertThat(article.selectFirst(".author").text()).isEqualTo("Oleh Rina Suryani");
		assertThat(article.selectFirst("time").text()).isEqualTo("Kamis, 14 September 2023, 11:22 WIB");
		assertThat(article.selectFirst("time").attr("datetime")).isEqualTo("2023-09-14T11:22:00+07:00");
		assertThat(article.selectFirst(".reading-time").text()).isEqualTo("3 menit baca");
		assertThat(article.selectFirst(".sources").text()).isEqualTo("Sumber: Reuters, AFP");
		Element body = article.selectFirst(".body");
		assertThat(body.children()).extracting(Element::tagName).containsExactly("p", "h2", "p");
		assertThat(body.selectFirst("h2").text()).isEqualTo(SampleArticles.NATUNA_HEADING);
		assertThat(body.select("p").get(1).text())
			.isEqualTo("Sengketa ini sudah berlangsung lama dan melibatkan nelayan.");
		assertThat(page.html().title()).isEqualTo(SampleArticles.NATUNA_TITLE + " – Warta");
	}

	@Test
	void dateOnlyArticleShowsNoTime() {
		Page page = get(card(get("/?page=3"), SampleArticles.SCRIPT_TITLE).selectFirst("a").attr("href"));
		assertThat(page.html().selectFirst("article time").text()).isEqualTo("Minggu, 10 September 2023");
		assertThat(page.html().select("article .author, article .sources")).isEmpty();
	}

	@Test
	void textFromTheArticleIsEscaped() {
		Page list = get("/?outlet=tempo");
		assertThat(list.body()).contains("&lt;script&gt;alert(").doesNotContain(SampleArticles.SCRIPT_TITLE);
		assertThat(list.html().select("script:not([src=/js/warta.js])")).isEmpty();
		Page page = get(list.html().selectFirst(".card-title a").attr("href"));
		assertThat(page.html().select("script:not([src=/js/warta.js]), b")).isEmpty();
		assertThat(page.html().selectFirst("h1").text()).isEqualTo(SampleArticles.SCRIPT_TITLE);
		assertThat(page.html().selectFirst(".body p").text()).contains("<b>markup</b>");
	}

	@Test
	void backLinkReturnsToTheFilteredPageTheArticleWasOpenedFrom() {
		String href = get("/?outlet=antara&page=2").html().selectFirst(".card-title a").attr("href");
		assertThat(href).matches("/articles/\\d+\\?outlet=antara&page=2");
		Page page = get(href);
		assertThat(page.html().select(".back a")).extracting((link) -> link.attr("href"))
			.containsOnly("/?outlet=antara&page=2");
		assertThat(page.html().selectFirst(".back a").text()).isEqualTo("← Kembali ke daftar berita");
	}

	@Test
	void backLinkOnlyEverLeadsToTheListsOfThisSite() {
		String article = articleHref(SampleArticles.NATUNA_TITLE);
		for (String query : List.of("?outlet=" + encode("//evil.example"), "?page=" + encode("https://evil.example"),
				"?q=" + encode("x") + "&outlet=" + encode("\"><script>"), "?back=" + encode("https://evil.example"))) {
			String back = get(article + query).html().selectFirst(".back a").attr("href");
			assertThat(back).as(query).matches("/(search)?(\\?[^/:]*)?").doesNotContain("evil.example/");
		}
	}

	@Test
	void missingArticleIsA404Page() {
		for (String path : List.of("/articles/987654", "/articles/abc", "/articles/", "/articles/1x",
				"/articles/99999999999999999999999", "/no-such-page")) {
			Page page = get(path);
			assertThat(page.status()).as(path).isEqualTo(404);
			assertThat(page.html().select("h1").text()).as(path).isEqualTo("Halaman tidak ditemukan");
			assertThat(page.html().selectFirst(".brand")).as(path).isNotNull();
		}
	}

	private String articleHref(String title) {
		String href = card(get("/?page=3"), title).selectFirst("a").attr("href");
		return href.contains("?") ? href.substring(0, href.indexOf('?')) : href;
	}

	private static Element card(Page page, String title) {
		return page.html()
			.select(".card")
			.stream()
			.filter((card) -> card.selectFirst(".card-title").text().equals(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No card titled " + title));
	}

}
