package id.warta.system;

import java.nio.charset.StandardCharsets;
import java.util.List;

import id.warta.PageTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every page gives for comfort: a theme that the reader chooses and keeps, a skip
 * link, the keyboard script and its help, and the phone's filter button.
 */
class ReaderComfortTests extends PageTestSupport {

	@Test
	void aChosenThemeIsKeptInACookieAndDrawnFromTheFirstPaint() {
		Page system = get("/");
		assertThat(system.html().selectFirst("html").hasAttr("data-theme")).isFalse();
		assertThat(system.html().select(".themes a[aria-current]").eachText()).containsExactly("Ikuti sistem");
		Page dark = get("/search?q=laporan&theme=dark");
		assertThat(dark.html().selectFirst("html").attr("data-theme")).isEqualTo("dark");
		List<String> cookies = dark.response().headers().allValues("Set-Cookie");
		assertThat(cookies).singleElement()
			.satisfies((cookie) -> assertThat(cookie).startsWith("warta-theme=dark;")
				.contains("Path=/", "Max-Age=31536000", "HttpOnly", "SameSite=Lax"));
		assertThat(dark.html().selectFirst(".themes a[aria-current]").text()).isEqualTo("Gelap");
		// The switch keeps the page and its query, and changes only the theme.
		assertThat(dark.html().select(".themes a").eachAttr("href")).containsExactly("/search?q=laporan&theme=light",
				"/search?q=laporan&theme=dark", "/search?q=laporan&theme=auto");
		Page kept = get("/", "Cookie", "warta-theme=dark");
		assertThat(kept.html().selectFirst("html").attr("data-theme")).isEqualTo("dark");
		assertThat(kept.response().headers().allValues("Set-Cookie")).isEmpty();
		Page auto = get("/?theme=auto", "Cookie", "warta-theme=dark");
		assertThat(auto.html().selectFirst("html").hasAttr("data-theme")).isFalse();
		assertThat(auto.response().headers().firstValue("Set-Cookie").orElseThrow()).startsWith("warta-theme=;")
			.contains("Max-Age=0");
		for (String hostile : List.of("%22%3E%3Cscript%3E", "DARK", "", "light%00")) {
			Page page = get("/?theme=" + hostile, "Cookie", "warta-theme=" + "x".repeat(50));
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.html().selectFirst("html").hasAttr("data-theme")).as(hostile).isFalse();
			assertThat(page.response().headers().allValues("Set-Cookie")).as(hostile).isEmpty();
		}
	}

	@Test
	void everyPageHasASkipLinkTheKeyboardScriptAndItsHelp() {
		for (String path : List.of("/", "/search?q=laporan", "/articles/1", "/tidak-ada", "/admin/login")) {
			Page page = get(path);
			assertThat(page.html().selectFirst("body > a.skip-link").attr("href")).as(path).isEqualTo("#main");
			assertThat(page.html().select("main#main")).as(path).hasSize(1);
			assertThat(page.html().select("script").eachAttr("src")).as(path).containsExactly("/js/warta.js");
			assertThat(page.html().select("script:not([src=/js/warta.js])").html()).as(path).isEmpty();
			assertThat(page.html().select("#keys-help kbd").eachText()).as(path).containsExactly("j", "k", "/", "?");
		}
		Page script = get("/js/warta.js");
		assertThat(script.status()).isEqualTo(200);
		assertThat(script.response().headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
	}

	@Test
	void listsHaveTheirFiltersBehindAButtonThatControlsThem() {
		for (String path : List.of("/", "/search?q=laporan", "/?outlet=kompas")) {
			Page page = get(path);
			assertThat(page.html().selectFirst("button.filters-button").attr("aria-controls")).as(path)
				.isEqualTo("filters");
			assertThat(page.html().selectFirst("button.filters-button").attr("aria-expanded")).isEqualTo("false");
			assertThat(page.html().select("#filters")).as(path).hasSize(1);
		}
	}

	@Test
	void theStylesHaveADarkThemePrintStylesAndFoldTheFiltersOnPhonesOnlyWithTheScript() throws Exception {
		String css = new ClassPathResource("static/css/warta.css").getContentAsString(StandardCharsets.UTF_8);
		assertThat(css).contains("@media (prefers-color-scheme: dark)", ":root[data-theme=\"dark\"]", "@media print",
				".js .filters:not(.open)");
	}

}
