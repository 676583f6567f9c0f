package id.warta.scraper;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page says about itself in its markup: sub-headlines, headlines, the canonical
 * address, microdata, and the visible byline and date elements.
 */
class PageStatementsTests {

	@Test
	void theFirstSubHeadlineIsTheFirstH2OrH3() {
		assertThat(read("", "<h3>Harga beras naik di tiga provinsi</h3><h2>Berita terkait</h2>").subHeadline)
			.isEqualTo("Harga beras naik di tiga provinsi");
		assertThat(read("", "<p>Jakarta</p><h2>Banjir rob melanda pesisir utara</h2><h3>Terpopuler</h3>").subHeadline)
			.isEqualTo("Banjir rob melanda pesisir utara");
		assertThat(read("", "<h4>Terpopuler</h4><p>Banjir rob melanda pesisir utara.</p>").subHeadline).isNull();
	}

	@Test
	void aLeadTooLongForASubHeadlineIsPassedOverForTheNext() {
		String lead = "Pemerintah Provinsi DKI Jakarta menyiapkan pompa air tambahan di kawasan pesisir utara. "
			.repeat(8);
		PageStatements page = read("", "<h2>" + lead + "</h2><h3>Banjir rob melanda pesisir utara</h3>");
		assertThat(page.subHeadline).isEqualTo("Banjir rob melanda pesisir utara");
	}

	@Test
	void keepsTheFirstFiveHeadlinesOfAPage() {
		StringBuilder body = new StringBuilder();
		for (int i = 1; i <= 6; i++) {
			body.append("<h1>Berita ").append(i).append("</h1>");
		}
		assertThat(read("", body.toString()).headlines).containsExactly("Berita 1", "Berita 2", "Berita 3", "Berita 4",
				"Berita 5");
	}

	@Test
	void theCanonicalAddressIsTheFirstLinkWithThatRelation() {
		PageStatements page = read("<link rel=\"stylesheet\" href=\"https://warta.example/gaya.css\">"
				+ "<link rel=\"Canonical\" href=\"https://warta.example/berita/banjir-rob\">"
				+ "<link rel=\"canonical\" href=\"https://warta.example/amp/banjir-rob\">", "");
		assertThat(page.canonical).isEqualTo("https://warta.example/berita/banjir-rob");
	}

	@Test
	void readsTheAuthorOfMicrodataByItsNameOrItsContent() {
		assertThat(read("", "<div itemprop=\"author\" itemscope><span itemprop=\"name\">Rina Sari</span>"
				+ "<span>Wartawan Ekonomi</span></div><div itemprop=\"author\"><span itemprop=\"name\">Budi Santoso</span>"
				+ "</div>").itemAuthor)
			.isEqualTo("Rina Sari");
		assertThat(read("", "<span itemprop=\"author\" content=\"Budi Santoso\"></span>").itemAuthor)
			.isEqualTo("Budi Santoso");
		String biography = "Budi Santoso menulis tentang ekonomi dan pelabuhan sejak 2009. ".repeat(4);
		assertThat(read("", "<div itemprop=\"author\" content=\"Budi Santoso\">" + biography + "</div>").itemAuthor)
			.isEqualTo("Budi Santoso");
	}

	@Test
	void readsTheDateOfMicrodataFromItsContentItsDatetimeOrItsText() {
		assertThat(read("",
				"<meta itemprop=\"datePublished\" content=\"2024-03-05T10:00:00+07:00\">"
						+ "<span itemprop=\"datePublished\">Rabu, 6 Maret 2024</span>").itemDate)
			.isEqualTo("2024-03-05T10:00:00+07:00");
		assertThat(read("",
				"<time itemprop=\"datePublished\" datetime=\"2024-03-05T10:00:00+07:00\">Selasa, 5 Maret 2024</time>").itemDate)
			.isEqualTo("2024-03-05T10:00:00+07:00");
		assertThat(read("", "<span itemprop=\"datePublished\">Selasa, 5 Maret 2024 10:00 WIB</span>").itemDate)
			.isEqualTo("Selasa, 5 Maret 2024 10:00 WIB");
	}

	@Test
	void theHeadlineOfMicrodataIsAVisibleElementNotAMetaTag() {
		PageStatements page = read("",
				"<meta itemprop=\"headline\" content=\"Banjir rob\">"
						+ "<h1 itemprop=\"headline\">Banjir rob melanda pesisir utara</h1>"
						+ "<h2 itemprop=\"headline\">Berita terkait</h2>");
		assertThat(page.itemHeadline).isEqualTo("Banjir rob melanda pesisir utara");
	}

	@Test
	void findsAVisibleBylineThatComesAfterTheDate() {
		PageStatements page = read("",
				"<span class=\"post-date\">Selasa, 5 Maret 2024 10:00 WIB</span><span class=\"author\">Rina Sari</span>");
		assertThat(page.dateText).isEqualTo("Selasa, 5 Maret 2024 10:00 WIB");
		assertThat(page.bylineText).isEqualTo("Rina Sari");
	}

	@Test
	void keepsAVisibleDateLineOfSomeLength() {
		String line = "Diterbitkan Selasa, 5 Maret 2024 pukul 10.00 WIB, diperbarui Rabu, 6 Maret 2024";
		assertThat(read("", "<div class=\"date\">" + line + "</div>").dateText).isEqualTo(line);
	}

	@Test
	void keepsTheBlocksOfABylineApartButNotItsLinks() {
		assertThat(read("", "<div class=\"byline\"><div>Penulis, Frances Mao</div>Peranan, BBC News</div>").bylineText)
			.isEqualTo("Penulis, Frances Mao | Peranan, BBC News");
		assertThat(read("",
				"<div class=\"byline\">Oleh <a href=\"/penulis/rina\">Rina Sari</a> di Jakarta</div>").bylineText)
			.isEqualTo("Oleh Rina Sari di Jakarta");
	}

	private static PageStatements read(String head, String body) {
		Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>",
				"https://warta.example/");
		PageStatements page = PageStatements.readHead(doc);
		page.seeAll(doc.body());
		return page;
	}

}
