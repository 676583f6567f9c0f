package id.warta.system;

import java.util.List;

import id.warta.PageTestSupport;
import id.warta.article.SampleArticles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader's language: Indonesian by default, English on request, remembered in a
 * cookie, and a switch on every page that keeps the page's query.
 */
class LocaleTests extends PageTestSupport {

	@Test
	void pagesAreIndonesianWhateverTheBrowserPrefers() {
		Page page = get("/", "Accept-Language", "en-US,en;q=0.9");
		assertThat(page.html().selectFirst("html").attr("lang")).isEqualTo("id");
		assertThat(page.html().selectFirst("h1").text()).isEqualTo("Berita terbaru");
		assertThat(page.html().selectFirst("#search-q").attr("placeholder")).startsWith("Cari berita");
	}

	@Test
	void langParameterSwitchesToEnglishAndTheCookieRemembersIt() {
		Page english = get(natunaPath() + "?lang=en");
		assertThat(english.html().selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(english.html().selectFirst("article time").text())
			.isEqualTo("Thursday, 14 September 2023, 11:22 WIB");
		assertThat(english.html().selectFirst(".reading-time").text()).isEqualTo("3 min read");
		assertThat(english.html().selectFirst(".sources").text()).isEqualTo("Sources: Reuters, AFP");
		assertThat(english.html().selectFirst(".author").text()).isEqualTo("By Rina Suryani");
		List<String> cookies = english.response().headers().allValues("Set-Cookie");
		assertThat(cookies).anySatisfy((cookie) -> assertThat(cookie).startsWith("warta-lang=en"));

		Page remembered = get("/", "Cookie", "warta-lang=en");
		assertThat(remembered.html().selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(remembered.html().selectFirst("h1").text()).isEqualTo("Latest news");
		assertThat(remembered.html().selectFirst(".count").text()).isEqualTo("Showing 1–20 of 45 events");

		Page back = get("/?lang=id", "Cookie", "warta-lang=en");
		assertThat(back.html().selectFirst("h1").text()).isEqualTo("Berita terbaru");
	}

	@Test
	void languagesOtherThanIndonesianAndEnglishFallBackToIndonesian() {
		assertThat(get("/?lang=fr").html().selectFirst("html").attr("lang")).isEqualTo("id");
		assertThat(get("/?lang=%3Cx%3E").status()).isEqualTo(200);
		assertThat(get("/", "Cookie", "warta-lang=de").html().selectFirst("html").attr("lang")).isEqualTo("id");
	}

	@Test
	void languageSwitchKeepsTheQueryOfThePage() {
		Page list = get("/?outlet=antara&page=2&lang=id");
		assertThat(list.html().select(".languages a").eachAttr("href"))
			.containsExactly("/?outlet=antara&page=2&lang=id", "/?outlet=antara&page=2&lang=en");
		Page search = get("/search?q=laut+natuna&sort=newest");
		assertThat(search.html().selectFirst(".languages a[hreflang=en]").attr("href"))
			.isEqualTo("/search?q=laut+natuna&sort=newest&lang=en");
		assertThat(search.html().selectFirst(".languages a[hreflang=id]").attr("aria-current")).isEqualTo("true");
	}

	@Test
	void errorPagesAreInTheReadersLanguage() {
		Page page = get("/articles/abc?lang=en");
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.html().selectFirst("h1").text()).isEqualTo("Page not found");
		assertThat(page.html().selectFirst(".languages a[hreflang=id]").attr("href"))
			.isEqualTo("/articles/abc?lang=id");
	}

	private String natunaPath() {
		return get("/?outlet=antara&page=2").html()
			.select(".card-title a")
			.stream()
			.filter((link) -> link.text().equals(SampleArticles.NATUNA_TITLE))
			.map((link) -> link.attr("href").replaceFirst("\\?.*", ""))
			.findFirst()
			.orElseThrow();
	}

}
