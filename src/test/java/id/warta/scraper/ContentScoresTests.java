package id.warta.scraper;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a page is measured before its body is chosen: what counts as text, as links, as
 * paragraphs and as chrome, and how the paragraphs score their containers.
 */
class ContentScoresTests {

	private static final String P1 = "Menteri Luar Negeri Retno Marsudi bertemu mitranya di Jakarta pada Selasa, membahas kerja sama kawasan.";

	private static final String P2 = "Pertemuan itu berlangsung tertutup selama dua jam, kata juru bicara kementerian kepada wartawan.";

	private static final String P3 = "Kedua menteri sepakat melanjutkan perundingan bulan depan, dengan agenda perdagangan dan keamanan laut.";

	@Test
	void countsTheCharactersAndCommasOfTheTextButNotItsSpaces() {
		Document doc = parse("<div id=\"box\"><p id=\"p\">Jakarta,&nbsp;Selasa，kata dia، lalu pergi</p></div>");
		ContentScores scores = ContentScores.measure(doc.body());
		ContentScores.Measure m = scores.of(doc.getElementById("p"));
		assertThat(scores.of(doc.getElementById("box")).commas).isEqualTo(3);
		assertThat(m.chars).isEqualTo("Jakarta,Selasa，katadia،lalupergi".length());
		assertThat(m.commas).isEqualTo(3);
	}

	@Test
	void countsOnlyTheTextInsideALinkAsLinkText() {
		Document doc = parse("<div id=\"box\"><p id=\"p\">Kata <a href=\"/tokoh/retno\">Retno</a> kepada wartawan</p>"
				+ "<p>Lihat <a href=\"/foto\">foto</a> dan <a href=\"/video\">video</a></p></div>");
		ContentScores scores = ContentScores.measure(doc.body());
		assertThat(scores.of(doc.getElementById("p")).linkChars).isEqualTo("Retno".length());
		ContentScores.Measure box = scores.of(doc.getElementById("box"));
		assertThat(box.linkChars).isEqualTo("Retnofotovideo".length());
		assertThat(box.links).isEqualTo(3);
		assertThat(scores.of(doc.getElementById("p")).links).isEqualTo(1);
	}

	@Test
	void aParagraphThatIsMostlyALinkIsNoParagraphOfTheText() {
		Document doc = parse("<div id=\"box\"><p id=\"text\">" + P1 + "</p><p id=\"link\"><a href=\"/berita/lain\">"
				+ P2 + "</a></p></div>");
		ContentScores scores = ContentScores.measure(doc.body());
		assertThat(scores.of(doc.getElementById("text")).paragraphChars)
			.isEqualTo(scores.of(doc.getElementById("text")).chars);
		assertThat(scores.of(doc.getElementById("link")).paragraphChars).isZero();
		assertThat(scores.of(doc.getElementById("box")).paragraphChars)
			.isEqualTo(scores.of(doc.getElementById("text")).chars);
	}

	@Test
	void theParagraphsOfACommentBoxAreNotTheArticles() {
		Document doc = parse(
				"<div id=\"box\"><p id=\"text\">" + P1 + "</p><div class=\"comments\"><p>" + P2 + "</p></div></div>");
		ContentScores scores = ContentScores.measure(doc.body());
		assertThat(scores.of(doc.getElementById("box")).paragraphChars)
			.isEqualTo(scores.of(doc.getElementById("text")).chars);
	}

	@Test
	void countsTheHeadingsThatAreMostlyALink() {
		Document doc = parse("<div id=\"box\"><h3><a href=\"/a\">Retno bertemu para menteri ASEAN</a></h3>"
				+ "<h3>Pertemuan <a href=\"/b\">tertutup</a> selama dua jam</h3><h3>Sikap Indonesia</h3><p>" + P1
				+ "</p></div>");
		assertThat(ContentScores.measure(doc.body()).of(doc.getElementById("box")).linkHeadings).isEqualTo(1);
	}

	@Test
	void aPlaceInThePageItselfIsNoLinkElsewhere() {
		Document doc = parse("<a id=\"note\" href=\"#1\">1</a><a id=\"toc\" href=\"#sejarah\">Sejarah</a>"
				+ "<a id=\"control\" href=\"#\">Bagikan</a><a id=\"away\" href=\"/berita/lain\">Berita lain</a>");
		assertThat(ContentScores.isLink(doc.getElementById("note"))).isFalse();
		assertThat(ContentScores.isLink(doc.getElementById("toc"))).isFalse();
		assertThat(ContentScores.isLink(doc.getElementById("control"))).isTrue();
		assertThat(ContentScores.isLink(doc.getElementById("away"))).isTrue();
	}

	@Test
	void removesHiddenElementsButNotAHiddenIconLabel() {
		Document doc = parse("<p>" + P1 + "</p><div hidden>Teks tersembunyi satu</div>"
				+ "<div aria-hidden=\"true\">Teks tersembunyi dua</div><div style=\"display:none\">Teks tersembunyi tiga</div>"
				+ "<div style=\"color: red; display: none\">Teks tersembunyi empat</div>"
				+ "<div style=\"visibility:hidden\">Teks tersembunyi lima</div>"
				+ "<div style=\"visibility: hidden\">Teks tersembunyi enam</div>"
				+ "<p style=\"color: gray\">Foto: Antara</p><span aria-hidden=\"true\">Bagikan</span>"
				+ "<div aria-hidden=\"false\">Teks terlihat</div>");
		ContentScores.measure(doc.body());
		assertThat(doc.body().text()).doesNotContain("tersembunyi")
			.contains(P1, "Foto: Antara", "Bagikan", "Teks terlihat");
	}

	@Test
	void showsThePageStatementsTheScriptsAndTheFooterItRemoves() {
		Document doc = parse(
				"<article><p>" + P1 + "</p><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}"
						+ "</script><footer><span class=\"author\">Rina Sari</span></footer></article>"
						+ "<aside><span class=\"date\">Selasa, 5 Maret 2024</span></aside>");
		PageStatements statements = PageStatements.readHead(doc);
		ContentScores.measure(doc.body(), statements);
		assertThat(statements.jsonLd).containsExactly("{\"@type\":\"NewsArticle\"}");
		assertThat(statements.bylineText).isEqualTo("Rina Sari");
		assertThat(statements.dateText).isEqualTo("Selasa, 5 Maret 2024");
		assertThat(doc.body().text()).isEqualTo(P1);
	}

	@Test
	void aQuoteBoxSetsItsTextApartButAnInlineQuoteDoesNot() {
		Document doc = parse("<blockquote id=\"quote\">" + P1 + "</blockquote><div id=\"pull\" class=\"pullquote\">"
				+ P2 + "</div><p>Kata dia, <span id=\"inline\" class=\"quote\">kami siap</span>.</p>");
		ContentScores scores = ContentScores.measure(doc.body());
		assertThat(scores.of(doc.getElementById("quote")).apart).isTrue();
		assertThat(scores.of(doc.getElementById("pull")).apart).isTrue();
		assertThat(scores.of(doc.getElementById("inline")).apart).isFalse();
	}

	@Test
	void aParagraphScoresItsContainerAndLessSoItsAncestors() {
		Document doc = parse("<div id=\"grand\"><div id=\"parent\"><p id=\"p\">" + P1 + "</p></div></div>");
		ContentScores scores = ContentScores.measure(doc.body());
		scores.score(true);
		double parent = scores.of(doc.getElementById("parent")).score;
		assertThat(parent).isPositive();
		assertThat(scores.of(doc.getElementById("p")).score).isZero();
		assertThat(scores.of(doc.getElementById("grand")).score).isEqualTo(parent / 2);
	}

	@Test
	void aQuoteScoresItselfAndAListItemItsList() {
		Document doc = parse("<div id=\"box\"><blockquote id=\"quote\">" + P1
				+ "</blockquote></div><ul id=\"list\"><li id=\"li\">" + P2 + "</li></ul>");
		ContentScores scores = ContentScores.measure(doc.body());
		scores.score(true);
		assertThat(scores.of(doc.getElementById("quote")).score).isPositive();
		assertThat(scores.of(doc.getElementById("li")).score).isZero();
		assertThat(scores.of(doc.getElementById("list")).score).isPositive();
	}

	@Test
	void longerParagraphsAndParagraphsWithMoreCommasScoreHigher() {
		Document doc = parse("<div id=\"short\"><p>Retno bertemu mitranya di Jakarta pada hari Selasa</p></div>"
				+ "<div id=\"long\"><p>" + "Retno bertemu mitranya di Jakarta pada hari Selasa ".repeat(3)
				+ "</p></div>"
				+ "<div id=\"commas\"><p>Retno, Menteri Luar Negeri, bertemu mitranya, di Jakarta</p></div>");
		ContentScores scores = ContentScores.measure(doc.body());
		scores.score(true);
		double shortScore = scores.of(doc.getElementById("short")).score;
		assertThat(scores.of(doc.getElementById("long")).score).isGreaterThan(shortScore);
		assertThat(scores.of(doc.getElementById("commas")).score).isGreaterThan(shortScore);
	}

	@Test
	void aSmallBoxWithAPromisingNameDoesNotBeatTheText() {
		Document doc = parse("<div id=\"promising\" class=\"article-content\"><p>" + P1
				+ "</p></div><div id=\"kolom\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>");
		ContentScores scores = ContentScores.measure(doc.body());
		scores.score(true);
		assertThat(scores.finalScore(doc.getElementById("kolom")))
			.isGreaterThan(scores.finalScore(doc.getElementById("promising")));
		assertThat(scores.finalScore(doc.getElementById("promising"))).isPositive();
	}

	@Test
	void strictScoringIgnoresTheTextOfAChromeBox() {
		Document doc = parse("<div id=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
				+ "</p></div><div class=\"sidebar\"><div id=\"side\"><p>" + P2 + "</p></div></div>");
		ContentScores scores = ContentScores.measure(doc.body());
		scores.score(true);
		assertThat(scores.of(doc.getElementById("side")).score).isZero();
		scores.score(false);
		assertThat(scores.of(doc.getElementById("side")).score).isPositive();
	}

	@Test
	void strictScoringCountsTheTextOfAChromeNamedWrapperOfThePage() {
		Document doc = parse("<div id=\"wrapper-with-sidebar\"><div id=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p><p>"
				+ P3 + "</p></div></div>");
		ContentScores scores = ContentScores.measure(doc.body());
		scores.score(true);
		assertThat(scores.of(doc.getElementById("text")).score).isPositive();
	}

	@Test
	void aChromeBoxDeepInThePageIsChromeHoweverMuchItHolds() {
		Document doc = parse("<div><div><div><div class=\"sidebar\"><div id=\"text\"><p>" + P1 + "</p><p>" + P2
				+ "</p></div></div></div></div></div>");
		ContentScores scores = ContentScores.measure(doc.body());
		scores.score(true);
		assertThat(scores.of(doc.getElementById("text")).score).isZero();
	}

	@Test
	void anArticleOrMainElementIsNeverChromeWhateverItsClass() {
		Document doc = parse("<article id=\"a1\" class=\"related\"><p>" + P1 + "</p></article>"
				+ "<main id=\"m1\" class=\"sidebar\"><p>" + P2 + "</p></main><div id=\"d1\" class=\"related\"><p>" + P3
				+ "</p></div>");
		ContentScores scores = ContentScores.measure(doc.body());
		Element article = doc.getElementById("a1");
		Element main = doc.getElementById("m1");
		Element div = doc.getElementById("d1");
		assertThat(ContentScores.isChrome(article, scores.of(article))).isFalse();
		assertThat(ContentScores.isChrome(main, scores.of(main))).isFalse();
		assertThat(ContentScores.isChrome(div, scores.of(div))).isTrue();
	}

	private static Document parse(String body) {
		return Jsoup.parse("<html><head><title>Pertemuan Menteri</title></head><body>" + body + "</body></html>");
	}

}
