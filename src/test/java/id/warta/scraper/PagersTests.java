package id.warta.scraper;

import java.net.URI;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pager lines dropped from a body, and the next page of a multi-page article.
 */
class PagersTests {

	private static final URI ARTICLE = URI.create("https://news.example.com/berita/harga-beras-naik");

	@Test
	void recognisesPagerLines() {
		assertThat(Pagers.isPager("Halaman 1 / 2")).isTrue();
		assertThat(Pagers.isPager("Page 2 of 3 next")).isTrue();
		assertThat(Pagers.isPager("1 2 3 Selanjutnya")).isTrue();
		assertThat(Pagers.isPager("Tampilkan semua")).isTrue();
		assertThat(Pagers.isPager("Halaman 12 memuat daftar harga beras di pasar induk.")).isFalse();
	}

	@Test
	void followsARelNextLinkThatContinuesTheArticle() {
		Document doc = page("<link rel=\"next\" href=\"/berita/harga-beras-naik?page=2\">", ARTICLE);
		assertThat(Pagers.nextPage(doc, ARTICLE))
			.isEqualTo(URI.create("https://news.example.com/berita/harga-beras-naik?page=2"));
	}

	@Test
	void fallsBackToANextLinkWhenRelNextLeadsElsewhere() {
		Document doc = page("<link rel=\"next\" href=\"https://other.example.org/berita/harga-beras-naik?page=2\">"
				+ "<a href=\"/berita/harga-beras-naik/2\">Selanjutnya</a>", ARTICLE);
		assertThat(Pagers.nextPage(doc, ARTICLE))
			.isEqualTo(URI.create("https://news.example.com/berita/harga-beras-naik/2"));
	}

	@Test
	void followsTheLinkNumberedAfterTheCurrentPage() {
		URI second = URI.create("https://news.example.com/berita/harga-beras-naik?page=2");
		Document doc = page("<a href=\"?page=1\">1</a><a href=\"?page=5\">Selanjutnya</a><a href=\"?page=3\">3</a>",
				second);
		assertThat(Pagers.nextPage(doc, second))
			.isEqualTo(URI.create("https://news.example.com/berita/harga-beras-naik?page=3"));
	}

	@Test
	void doesNotFollowLinksToOtherArticlesOrToAnIndex() {
		assertThat(Pagers.nextPage(page("<a href=\"/berita/banjir-jakarta/2\">Selanjutnya</a>"
				+ "<a href=\"/berita?page=2\">2</a><a href=\"\">Next</a>", ARTICLE), ARTICLE))
			.isNull();
		URI home = URI.create("https://news.example.com/");
		assertThat(Pagers.nextPage(page("<a href=\"/2\">2</a>", home), home)).isNull();
	}

	@Test
	void readsThePageNumberButNotAYear() {
		assertThat(Pagers.pageNumber(URI.create("https://news.example.com/berita/judul?hal=3"))).isEqualTo(3);
		assertThat(Pagers.pageNumber(URI.create("https://news.example.com/berita/judul/12/"))).isEqualTo(12);
		assertThat(Pagers.pageNumber(URI.create("https://news.example.com/arsip/2024"))).isEqualTo(1);
		assertThat(Pagers.pageNumber(ARTICLE)).isEqualTo(1);
	}

	private static Document page(String body, URI url) {
		return Jsoup.parse("<html><head></head><body>" + body + "</body></html>", url.toString());
	}

}
