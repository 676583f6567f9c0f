package id.warta.search;

import id.warta.PageTestSupport;
import id.warta.article.SampleArticles;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page over HTTP with what the reader combines: aliases, phrases, excluded
 * words, several outlets, dates (WIB); suggestions when nothing matches; and the matched
 * words marked in an article opened from a search, never as markup.
 */
class SearchFilterPageTests extends PageTestSupport {

	@Test
	void aliasesFindTheOtherNames() {
		assertThat(titles(get("/search?q=China"))).containsExactly(SampleArticles.NATUNA_TITLE);
		assertThat(titles(get("/search?q=RRT"))).containsExactly(SampleArticles.NATUNA_TITLE);
		assertThat(titles(get("/search?q=" + encode("Republik Rakyat Tiongkok"))))
			.containsExactly(SampleArticles.NATUNA_TITLE);
		assertThat(titles(get("/search?q=" + encode("\"Republik Indonesia\""))))
			.containsExactlyInAnyOrder(SampleArticles.NATUNA_TITLE, SampleArticles.UNDATED_TITLE);
		assertThat(titles(get("/search?q=RI"))).containsExactlyInAnyOrder(SampleArticles.NATUNA_TITLE,
				SampleArticles.UNDATED_TITLE);
	}

	@Test
	void aliasesAreMarkedInTheSnippet() {
		Element card = get("/search?q=China").html().selectFirst(".card");
		assertThat(card.select(".lead mark").eachText()).containsExactly("Tiongkok");
	}

	@Test
	void severalOutletsShowArticlesOfAnyOfThemAndTheFacetTogglesEach() {
		Page page = get("/search?q=laporan&outlet=antara&outlet=kompas");
		assertThat(page.html().selectFirst("h1").text()).isEqualTo("40 hasil untuk “laporan”");
		assertThat(page.html().select(".facet li.active .name").eachText()).containsExactly("Antara", "Kompas");
		assertThat(page.html().select(".facet li.active a").eachAttr("href"))
			.containsExactlyInAnyOrder("/search?q=laporan&outlet=kompas", "/search?q=laporan&outlet=antara");
		assertThat(page.html().selectFirst("a[rel=next]").attr("href"))
			.isEqualTo("/search?q=laporan&outlet=antara&outlet=kompas&page=2");
		Page one = get("/search?q=laporan&outlet=antara");
		assertThat(one.html().selectFirst(".facet li:not(.active) a").attr("href"))
			.isEqualTo("/search?q=laporan&outlet=antara&outlet=kompas");
	}

	@Test
	void datesInWibCombineWithOutletsAndTheFacetCountsIgnoreOnlyTheOutletFilter() {
		// Report n was published on 1 January 2024 08:00 WIB minus n days; Antara has the
		// even ones.
		Page page = get("/search?q=laporan&outlet=antara&from=2023-12-01&to=2023-12-31");
		assertThat(page.html().selectFirst("h1").text()).isEqualTo("15 hasil untuk “laporan”");
		assertThat(page.html().select(".card .outlet").eachText()).containsOnly("Antara");
		assertThat(page.html().select(".facet li"))
			.extracting((option) -> option.selectFirst(".name").text() + " " + option.selectFirst(".count").text())
			.containsExactly("Kompas 16", "Antara 15");
		assertThat(page.html().selectFirst("#dates-from").val()).isEqualTo("2023-12-01");
		assertThat(page.html().selectFirst(".dates .clear").attr("href")).isEqualTo("/search?q=laporan&outlet=antara");
		assertThat(titles(get("/search?q=laporan&to=2023-12-30&sort=newest")).get(0))
			.isEqualTo(SampleArticles.reportTitle(2));
		assertThat(get("/search?q=laporan&from=2023-12-31").html().selectFirst("h1").text())
			.isEqualTo("1 hasil untuk “laporan”");
	}

	@Test
	void phrasesAndExclusionsCombineWithDates() {
		// The excluded report is among the hits without the exclusion: it is what goes.
		assertThat(titles(get("/search?q=laporan&from=2023-12-25"))).hasSize(7).contains(SampleArticles.reportTitle(7));
		Page page = get(
				"/search?q=" + encode("laporan -\"" + SampleArticles.reportPhrase(7) + "\"") + "&from=2023-12-25");
		assertThat(titles(page)).hasSize(6).doesNotContain(SampleArticles.reportTitle(7));
		assertThat(titles(get("/search?q=" + encode("\"" + SampleArticles.reportPhrase(3) + "\"") + "&outlet=kompas")))
			.containsExactly(SampleArticles.reportTitle(3));
		assertThat(titles(get("/search?q=" + encode("\"" + SampleArticles.reportPhrase(3) + "\"") + "&outlet=antara")))
			.isEmpty();
	}

	@Test
	void aDateRangeSaysWhatItLeftOutUndatedArticlesIncluded() {
		// "ASEAN" is only in an undated article: the range leaves it out, and says so.
		Page none = get("/search?q=ASEAN&from=2023-01-01");
		assertThat(none.html().selectFirst("h1").text()).isEqualTo("0 hasil untuk “ASEAN”");
		assertThat(none.html().select(".notice").eachText())
			.contains("Tidak ada artikel yang cocok dengan “ASEAN” dalam rentang tanggal ini.")
			.contains("Di luar rentang tanggal ini ada 1 artikel lain yang cocok; 1 di antaranya tanpa tanggal terbit."
					+ " Semua tanggal");
		assertThat(none.html().selectFirst(".dates-left-out a").attr("href")).isEqualTo("/search?q=ASEAN");
		Page some = get("/search?q=laporan&from=2023-12-25");
		assertThat(some.html().selectFirst(".dates-left-out span").text())
			.isEqualTo("Di luar rentang tanggal ini ada 33 artikel lain yang cocok.");
		assertThat(get("/search?q=laporan").html().select(".dates-left-out")).isEmpty();
		assertThat(get("/search?q=laporan&from=2000-01-01").html().select(".dates-left-out")).isEmpty();
	}

	@Test
	void theHomePageFiltersByDatesAndSaysWhatTheRangeLeftOut() {
		Page page = get("/?from=2023-12-25&to=2023-12-31");
		assertThat(titles(page)).hasSize(7).contains(SampleArticles.reportTitle(1), SampleArticles.reportTitle(7));
		assertThat(page.html().selectFirst("#dates-from").val()).isEqualTo("2023-12-25");
		assertThat(page.html().selectFirst("form.dates").attr("action")).isEqualTo("/");
		assertThat(page.html().selectFirst(".dates-left-out span").text()).isEqualTo("Di luar rentang tanggal ini ada "
				+ (SampleArticles.TOTAL - 7) + " artikel lain yang cocok; 2 di antaranya" + " tanpa tanggal terbit.");
		assertThat(page.html().selectFirst(".dates .clear").attr("href")).isEqualTo("/");
		Page outlet = get("/?outlet=kompas&from=2023-12-25&to=2023-12-31");
		assertThat(outlet.html().select("form.dates input[name=outlet]").eachAttr("value")).containsExactly("kompas");
		assertThat(outlet.html().select(".card .outlet").eachText()).containsOnly("Kompas");
		Page empty = get("/?from=1990-01-01&to=1990-12-31");
		assertThat(empty.html().select(".notice").eachText()).contains("Tidak ada artikel dalam rentang tanggal ini.");
		assertThat(get("/?from=kemarin").html().select(".notice").eachText())
			.anyMatch((notice) -> notice.contains("diabaikan"));
	}

	@Test
	void reversedDatesAreSwappedAndBadDatesIgnoredWithANotice() {
		assertThat(get("/search?q=laporan&from=2023-12-31&to=2023-12-30").html().selectFirst("h1").text())
			.isEqualTo("2 hasil untuk “laporan”");
		Page page = get("/search?q=laporan&from=2023-13-45&to=kemarin");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().selectFirst("h1").text()).isEqualTo("40 hasil untuk “laporan”");
		assertThat(page.html().select(".notice").eachText()).anyMatch((notice) -> notice.contains("diabaikan"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "from=%00", "to=" + "9999999999-01-01", "outlet=&outlet=%20", "from=2023-02-30",
			"outlet=%3Cb%3Ex%3C%2Fb%3E&from=-1", "q=laporan&outlet=" + "a" })
	void oddFiltersShowAPageNeverAnError(String parameters) {
		Page page = get("/search?q=laporan&" + parameters);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("main b")).isEmpty();
	}

	@Test
	void nothingFoundSuggestsWordsOfTheIndexAsArticlesWriteThem() {
		Page page = get("/search?q=perundigan&outlet=antara");
		assertThat(page.html().selectFirst("h1").text()).startsWith("0 hasil");
		Element suggestion = page.html().selectFirst(".suggestions a");
		assertThat(suggestion.text()).isEqualTo("perundingan");
		assertThat(suggestion.attr("href")).isEqualTo("/search?q=perundingan&outlet=antara");
		assertThat(titles(get(suggestion.attr("href")))).containsExactly(SampleArticles.NATUNA_TITLE);
		assertThat(get("/search?q=perundingan+qqqqzzzz").html().select(".suggestions a")).isEmpty();
	}

	@Test
	void anArticleOpenedFromASearchMarksTheMatchedWordsAliasesIncluded() {
		String href = get("/search?q=" + encode("China perundingan")).html().selectFirst(".card-title a").attr("href");
		Page article = get(href);
		assertThat(article.html().select(".body mark").eachText()).containsExactly("Tiongkok", "perundingan");
		assertThat(article.html().selectFirst(".body p").text())
			.isEqualTo("Indonesia dan Tiongkok melanjutkan perundingan tentang batas laut di Natuna.");
		assertThat(article.html().select("h1 mark").eachText()).containsExactly("Perundingan");
		String plain = href.substring(0, href.indexOf('?'));
		assertThat(get(plain).html().select("mark")).isEmpty();
		assertThat(get(plain + "?q=" + encode("-perundingan")).html().select("mark")).isEmpty();
	}

	@Test
	void highlightingNeverTurnsArticleTextIntoMarkup() {
		Page results = get("/search?q=" + encode("markup script"));
		assertThat(results.html().select(".card mark").eachText()).contains("markup", "script");
		assertThat(results.html().select("main b, main script")).isEmpty();
		Page article = get(results.html().selectFirst(".card-title a").attr("href"));
		assertThat(article.html().select(".body mark").eachText()).containsExactly("markup");
		assertThat(article.html().select("h1 mark").eachText()).containsExactly("script", "script");
		assertThat(article.html().select("main b, main script")).isEmpty();
		assertThat(article.html().selectFirst(".body p").text())
			.isEqualTo("Judul ini mencoba menyisipkan <b>markup</b> ke halaman.");
		assertThat(article.html().selectFirst("h1").text()).isEqualTo(SampleArticles.SCRIPT_TITLE);
	}

	@Test
	void theHomePageShowsSeveralOutletsAtOnce() {
		Page page = get("/?outlet=antara&outlet=tempo");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select(".card .outlet").eachText()).hasSize(20).containsOnly("Antara");
		assertThat(page.html().select(".facet li.active .name").eachText()).containsExactlyInAnyOrder("Antara",
				"Tempo");
		assertThat(page.html().selectFirst("a[rel=next]").attr("href"))
			.isEqualTo("/?outlet=antara&outlet=tempo&page=2");
		// Antara's 21 articles are newer than Tempo's one.
		assertThat(get("/?outlet=antara&outlet=tempo&page=2").html().select(".card .outlet").eachText())
			.containsExactly("Antara", "Tempo");
	}

}
