package id.warta.scraper;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Multi-page articles: the pager's next page is loaded and joined, and the article says
 * how many pages it spanned.
 */
class MultiPageTests {

	private static final URI FIRST = URI.create("https://news.detik.com/berita/d-7000001/kronologi-ketegangan");

	private static final URI SECOND = URI.create("https://news.detik.com/berita/d-7000001/kronologi-ketegangan/2");

	private final ArticleExtractor extractor = new ArticleExtractor();

	@Test
	void joinsTheFollowingPageAndCountsThePages() throws Exception {
		byte[] first = Files.readAllBytes(Path.of("src/test/resources/pages/detik-two-pages.html"));
		byte[] second = Files.readAllBytes(Path.of("src/test/resources/pages/multipage/detik-two-pages-2.html"));
		List<URI> loaded = new ArrayList<>();
		Map<URI, byte[]> site = Map.of(SECOND, second);
		ExtractedArticle article = this.extractor.extract(first, "text/html; charset=utf-8", FIRST, (url) -> {
			loaded.add(url);
			return new PageLoader.Loaded(site.get(url), "text/html");
		});
		assertThat(loaded).containsExactly(SECOND);
		assertThat(article.pages()).isEqualTo(2);
		assertThat(article.body()).hasSize(5);
		assertThat(article.body().get(3).text()).startsWith("Sejumlah analis");
		assertThat(article.title()).isEqualTo("Kronologi Ketegangan di Laut China Selatan");
	}

	@Test
	void keepsTheFirstPageWhenTheNextCannotBeLoaded() throws Exception {
		byte[] first = Files.readAllBytes(Path.of("src/test/resources/pages/detik-two-pages.html"));
		ExtractedArticle article = this.extractor.extract(first, null, FIRST, (url) -> {
			throw new IOException("offline");
		});
		assertThat(article.pages()).isEqualTo(1);
		assertThat(article.body()).hasSize(3);
	}

	@Test
	void stopsAtTenPagesWhenEveryPageLinksAnother() throws Exception {
		List<URI> loaded = new ArrayList<>();
		ExtractedArticle article = this.extractor.extract(endless(1), null, URI.create("https://x.example/a/judul"),
				(url) -> {
					loaded.add(url);
					return new PageLoader.Loaded(endless(Pagers.pageNumber(url)), null);
				});
		assertThat(article.pages()).isEqualTo(10);
		assertThat(loaded).hasSize(9);
	}

	@Test
	void doesNotFollowAPagerToAnotherArticle() throws Exception {
		String html = "<html><head><title>Judul Artikel Ini</title></head><body><article><p>"
				+ "Paragraf pertama artikel ini cukup panjang untuk dibaca sebagai isi berita yang sebenarnya.</p>"
				+ "<p>Paragraf kedua juga panjang, dengan koma, titik, dan kata-kata yang cukup banyak.</p></article>"
				+ "<a href=\"https://x.example/b/lain?page=2\">Selanjutnya</a></body></html>";
		ExtractedArticle article = this.extractor.extract(html.getBytes(), null,
				URI.create("https://x.example/a/judul"), (url) -> {
					throw new AssertionError("followed " + url);
				});
		assertThat(article.pages()).isEqualTo(1);
	}

	private static byte[] endless(int page) {
		return ("<html><head><title>Judul Artikel Panjang</title></head><body><article><p>Halaman " + page
				+ " berisi paragraf yang cukup panjang, dengan koma, untuk dibaca sebagai isi artikel ini.</p></article>"
				+ "<a href=\"https://x.example/a/judul?page=" + (page + 1) + "\">Selanjutnya</a></body></html>")
			.getBytes();
	}

}
