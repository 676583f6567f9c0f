package id.warta.scraper;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How an HTML page's body is read: which container wins, what inside it is text, and when
 * a repeated paragraph is a copy. Each page here is built to hold one trap.
 */
class HtmlReadingTests {

	private static final String P1 = "Menteri Luar Negeri Retno Marsudi bertemu mitranya di Jakarta pada Selasa, membahas kerja sama kawasan.";

	private static final String P2 = "Pertemuan itu berlangsung tertutup selama dua jam, kata juru bicara kementerian kepada wartawan.";

	private static final String P3 = "Kedua menteri sepakat melanjutkan perundingan bulan depan, dengan agenda perdagangan dan keamanan laut.";

	private final ArticleExtractor extractor = new ArticleExtractor();

	@Test
	void keepsAParagraphTheTextRepeatsInItsFlow() throws Exception {
		List<String> body = body(
				page("<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P1 + "</p><p>" + P3 + "</p></article>"));
		assertThat(body).containsExactly(P1, P2, P1, P3);
	}

	@Test
	void keepsARepeatInAnotherSectionOfTheText() throws Exception {
		List<String> body = body(page("<article><div><p>" + P1 + "</p><p>" + P2 + "</p></div><h2>Lanjutan</h2><div><p>"
				+ P3 + "</p><p>" + P2 + "</p></div></article>"));
		assertThat(body).containsExactly(P1, P2, "Lanjutan", P3, P2);
	}

	@Test
	void dropsAPullQuoteThatStandsApart() throws Exception {
		assertThat(body(page("<article><p>" + P1 + "</p><blockquote><p>" + P2 + "</p></blockquote><p>" + P2 + "</p><p>"
				+ P3 + "</p></article>")))
			.containsExactly(P1, P2, P3);
		assertThat(body(page("<article><p>" + P1 + "</p><p>" + P2 + "</p><div class=\"pullquote\"><p>" + P2
				+ "</p></div><p>" + P3 + "</p></article>")))
			.containsExactly(P1, P2, P3);
		// A box of its own beside the text, whatever its class, holding only the copy.
		assertThat(body(page("<article><div class=\"entry\"><p>" + P1 + "</p><p>" + P2 + "</p><div class=\"box\"><p>"
				+ P2 + "</p></div><p>" + P3 + "</p></div></article>")))
			.containsExactly(P1, P2, P3);
	}

	@Test
	void dropsEveryRepeatOfADumpWhichHasNoMarkup() throws Exception {
		String dump = "Judul Berita Tentang Pertemuan Menteri\n\n" + P1 + "\n\n" + P2 + "\n\n" + P2 + "\n\n" + P3
				+ "\n";
		ExtractedArticle article = this.extractor.extract(dump.getBytes(StandardCharsets.UTF_8), "text/plain", null);
		assertThat(article.body()).extracting(Block::text).containsExactly(P1, P2, P3);
	}

	@Test
	void findsATitleWhereThePageHasNoTitleElement() throws Exception {
		ExtractedArticle headed = extract(
				"<html><body><h1>Retno</h1><article><p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>");
		assertThat(headed.title()).isEqualTo("Retno");
		ExtractedArticle subheaded = extract(
				"<html><body><article><h2>Pertemuan Menteri</h2><p>" + P1 + "</p></article></body></html>");
		assertThat(subheaded.title()).isEqualTo("Pertemuan Menteri");
		ExtractedArticle plain = extract("<html><body><ol><li><p>" + P1 + " " + P2 + "</p></li></ol></body></html>");
		assertThat(plain.title())
			.isEqualTo("Menteri Luar Negeri Retno Marsudi bertemu mitranya di Jakarta pada Selasa, membahas…");
		assertThat(plain.body()).extracting(Block::text).containsExactly(P1 + " " + P2);
	}

	@Test
	void readsAPageOfOneShortLine() throws Exception {
		ExtractedArticle article = extract("<html><head></head><body>Tes</body></html>");
		assertThat(article.title()).isEqualTo("Tes");
		assertThat(article.body()).extracting(Block::text).containsExactly("Tes");
	}

	@Test
	void readsAnEncyclopediaArticleWhoseHeadingsCarryEditLinks() throws Exception {
		StringBuilder html = new StringBuilder("<article>");
		for (String section : List.of("Sejarah", "Pendirian", "Perangkat", "Komunitas")) {
			html.append("<h2><span class=\"mw-headline\">")
				.append(section)
				.append("</span><span class=\"mw-editsection\">[<a href=\"/w/index.php?action=edit\">edit</a>]</span></h2>")
				.append("<p>")
				.append(P1)
				.append(' ')
				.append(section)
				.append("</p>");
		}
		List<String> body = body(page(html + "</article>"));
		assertThat(body).contains("Sejarah[edit]", "Pendirian[edit]", P1 + " Komunitas");
	}

	@Test
	void keepsTheArticleWhenItsBoxAlsoHoldsLinkedHeadlines() throws Exception {
		String teasers = "<div class=\"more\"><h3><a href=\"/a\">Berita lain tentang pertemuan kawasan</a></h3>"
				+ "<h3><a href=\"/b\">Berita lain tentang perdagangan laut</a></h3></div>";
		String html = "<div class=\"page\"><div class=\"article\"><div class=\"article-content\"><p>" + P1 + "</p><p>"
				+ P2 + "</p><p>" + P3 + "</p>" + teasers + "</div></div><div class=\"column\"><p>" + P3.toUpperCase()
				+ "</p><p>" + P2.toUpperCase() + "</p></div></div>";
		assertThat(body(page(html))).startsWith(P1, P2, P3);
	}

	@Test
	void aDeepGalleryIsChromeEvenWhenItHoldsMostOfTheText() throws Exception {
		StringBuilder captions = new StringBuilder(
				"<div class=\"wrap\"><div class=\"x\"><div class=\"full-gallery\"><ul>");
		for (int i = 0; i < 30; i++) {
			captions.append("<li><p>Foto ")
				.append(i)
				.append(": suasana pertemuan, dengan para menteri, dan staf.</p></li>");
		}
		captions.append("</ul></div></div></div>");
		String html = "<div class=\"main\"><div class=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
				+ "</p></div>" + captions + "</div>";
		assertThat(body(page(html))).containsExactly(P1, P2, P3);
	}

	@Test
	void preferTheArticleToAStreamOfTeasers() throws Exception {
		StringBuilder stream = new StringBuilder("<ul id=\"stream\">");
		for (int i = 0; i < 12; i++) {
			stream.append("<li><h3><a href=\"/s")
				.append(i)
				.append("\">Judul berita lain nomor ")
				.append(i)
				.append(" yang panjang</a></h3><p>Ringkasan berita lain, dengan koma, dan kalimat panjang yang menjelaskan isi berita itu.</p></li>");
		}
		stream.append("</ul>");
		String html = "<div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>" + stream;
		assertThat(body(page(html))).containsExactly(P1, P2, P3);
	}

	@Test
	void inPageAnchorsAreNotLinksElsewhere() throws Exception {
		StringBuilder html = new StringBuilder("<div class=\"document\">");
		for (int i = 1; i <= 4; i++) {
			html.append("<div class=\"section\"><h2><a class=\"toc-backref\" href=\"#toc")
				.append(i)
				.append("\">Bagian nomor ")
				.append(i)
				.append("</a></h2><p>")
				.append(P1)
				.append("</p></div>");
		}
		List<String> body = body(page(html + "</div>"));
		assertThat(body).contains("Bagian nomor 1", "Bagian nomor 4");
	}

	@Test
	void aCodeListingIsTextWhateverItsBoxIsCalled() throws Exception {
		String html = "<article><p>" + P1
				+ "</p><div class=\"highlight-sql\"><div class=\"highlight\"><pre>SELECT avg(n)\n"
				+ "FROM unnest(array[2, 3, 5]) AS n;</pre></div></div><p>" + P2 + "</p></article>";
		assertThat(body(page(html))).containsExactly(P1, "SELECT avg(n) FROM unnest(array[2, 3, 5]) AS n;", P2);
	}

	@Test
	void aTableCellHoldingOneLinkIsData() throws Exception {
		String html = "<article><p>" + P1 + "</p><table><tr><th>Film</th><th>Tahun</th></tr>"
				+ "<tr><td><a href=\"/wiki/Repeat\">Repeat Performance</a></td><td>1947</td></tr></table><p>" + P2
				+ "</p></article>";
		assertThat(body(page(html))).contains("Repeat Performance 1947");
	}

	@Test
	void wideningLeavesOutTheCommentsBesideTheText() throws Exception {
		StringBuilder comments = new StringBuilder("<div id=\"user-post\"><div id=\"comment-box\">");
		for (int i = 0; i < 8; i++) {
			comments.append("<p>Komentar pembaca nomor ")
				.append(i)
				.append(", yang panjang, dengan koma, dan pendapat tentang pertemuan itu.</p>");
		}
		comments.append("</div></div>");
		String html = "<div id=\"area\"><div class=\"article\"><div class=\"article-body\"><div class=\"article-content\"><p>"
				+ P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div></div>" + comments + "</div>";
		assertThat(body(page(html))).containsExactly(P1, P2, P3);
	}

	@Test
	void takesInTheShortParagraphsBesideTheTextThatEndASentence() throws Exception {
		String html = "<div class=\"main\"><div class=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
				+ "</p></div><p>Pertemuan berikutnya di Manila.</p><p>Foto bersama para menteri</p></div>";
		assertThat(body(page(html))).containsExactly(P1, P2, P3, "Pertemuan berikutnya di Manila.");
	}

	@Test
	void takesInALongParagraphBesideTheTextUnlessItIsALink() throws Exception {
		String aside = "Kedua menteri juga membahas <a href=\"/topik/natuna\">Laut Natuna</a> serta kerja sama perikanan di kawasan perbatasan";
		String link = "<a href=\"/berita/pameran\">Menteri Perdagangan membuka pameran produk ekspor di Surabaya pada Kamis pekan ini.</a>";
		String html = "<div class=\"main\"><div class=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
				+ "</p></div><p>" + aside + "</p><p>" + link + "</p></div>";
		assertThat(body(page(html))).containsExactly(P1, P2, P3,
				"Kedua menteri juga membahas Laut Natuna serta kerja sama perikanan di kawasan perbatasan");
	}

	@Test
	void takesInAShortPartOfTheTextInABoxLikeItsOwn() throws Exception {
		String html = "<div class=\"article\"><div class=\"entry\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
				+ "</p><p>" + P1.replace("Selasa", "Rabu")
				+ "</p></div><div class=\"entry\"><div>Pertemuan berikutnya dijadwalkan di Manila</div></div></div>";
		assertThat(body(page(html))).endsWith("Pertemuan berikutnya dijadwalkan di Manila");
	}

	@Test
	void leavesOutABoxOfLinkedHeadlinesBesideTheText() throws Exception {
		String teasers = "<div class=\"related\"><h3><a href=\"/a\">Retno bertemu para menteri ASEAN di Jakarta, membahas kawasan</a></h3>"
				+ "<p>Pertemuan itu membahas kerja sama kawasan, perdagangan, dan keamanan laut di Asia Tenggara.</p>"
				+ "<h3><a href=\"/b\">Menteri Perdagangan membuka pameran produk ekspor di Surabaya</a></h3>"
				+ "<p>Pameran itu diikuti ratusan pengusaha, dari dalam dan luar negeri, selama tiga hari.</p></div>";
		String html = "<div class=\"main\"><div class=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
				+ "</p></div>" + teasers + "</div>";
		assertThat(body(page(html))).containsExactly(P1, P2, P3);
	}

	private static String page(String body) {
		return "<html><head><title>Pertemuan Menteri di Jakarta</title></head><body>" + body + "</body></html>";
	}

	private ExtractedArticle extract(String html) throws ExtractionException {
		return this.extractor.extract(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=UTF-8", null);
	}

	private List<String> body(String html) throws ExtractionException {
		return extract(html).body().stream().map(Block::text).toList();
	}

}
