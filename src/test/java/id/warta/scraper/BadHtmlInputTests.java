package id.warta.scraper;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hostile and broken HTML: each gives an article or a one-line error and never hangs or
 * crashes. The timeouts only guard against hangs; they are not performance targets.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BadHtmlInputTests {

	private static final String ARTICLE = "<p>Paragraf berita yang cukup panjang, dengan koma, dan kalimat yang utuh.</p>";

	private final ArticleExtractor extractor = new ArticleExtractor();

	@Test
	void readsAPageNestedTenThousandLevelsDeep() throws Exception {
		String html = "<html><head><title>Judul Artikel Dalam</title></head><body>"
				+ "<div class=\"date\">".repeat(10_000) + ARTICLE.repeat(3) + "</div>".repeat(10_000)
				+ "</body></html>";
		ExtractedArticle article = this.extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, null);
		assertThat(article.body()).isNotEmpty();
	}

	@Test
	void readsAThirtyMegabytePage() throws Exception {
		StringBuilder html = new StringBuilder("<html><head><title>Judul Halaman Besar</title></head><body><article>");
		for (int n = 0; html.length() < 30_000_000; n++) {
			html.append("<p>Paragraf ")
				.append(n)
				.append(" berita yang cukup panjang, dengan koma, dan kalimat utuh.</p>");
		}
		html.append("</article></body></html>");
		ExtractedArticle article = this.extractor.extract(html.toString().getBytes(StandardCharsets.UTF_8), null, null);
		assertThat(article.body()).hasSizeBetween(1000, BlockCollector.MAX_BLOCKS);
	}

	@Test
	void skipsAFiveMegabyteScript() throws Exception {
		String html = "<html><head><title>Judul Dengan Skrip</title><script>var x = '" + "a".repeat(5_000_000)
				+ "';</script></head><body><article>" + ARTICLE.repeat(3) + "</article></body></html>";
		ExtractedArticle article = this.extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, null);
		// The paragraph repeated in the flow of the text is the text's own, kept each
		// time.
		assertThat(article.body()).hasSize(3).allMatch((b) -> b.text().startsWith("Paragraf berita"));
	}

	@Test
	void decodesInvalidUtf8WithoutFailing() throws Exception {
		byte[] head = "<html><head><meta charset=\"utf-8\"><title>Judul Rusak</title></head><body><article><p>Kata "
			.getBytes(StandardCharsets.UTF_8);
		byte[] broken = { (byte) 0xc3, (byte) 0x28, (byte) 0xff, (byte) 0xfe };
		byte[] tail = " lalu paragraf yang cukup panjang, dengan koma, dan kalimat utuh.</p></article></body></html>"
			.getBytes(StandardCharsets.UTF_8);
		byte[] page = new byte[head.length + broken.length + tail.length];
		System.arraycopy(head, 0, page, 0, head.length);
		System.arraycopy(broken, 0, page, head.length, broken.length);
		System.arraycopy(tail, 0, page, head.length + broken.length, tail.length);
		ExtractedArticle article = this.extractor.extract(page, null, null);
		assertThat(article.body().get(0).text()).startsWith("Kata").endsWith("kalimat utuh.");
	}

	@Test
	void refusesAPageOfOnlyNavigation() {
		String html = "<html><head><title>Beranda</title></head><body><nav><ul>"
				+ "<li><a href=\"/a\">Berita</a></li>".repeat(40) + "</ul></nav><footer>© 2024</footer></body></html>";
		assertThatThrownBy(() -> this.extractor.extract(html.getBytes(StandardCharsets.UTF_8), null,
				URI.create("https://x.example/")))
			.isInstanceOf(ExtractionException.class)
			.hasMessage("no article found");
	}

	@Test
	void refusesEmptyPdfAndImageInput() {
		assertThatThrownBy(() -> this.extractor.extract(new byte[0], "text/html", null)).hasMessage("empty file");
		assertThatThrownBy(
				() -> this.extractor.extract("%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1), "text/html", null))
			.hasMessage("binary file (PDF), not an article");
		byte[] gif = "GIF89a\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> this.extractor.extract(gif, null, null)).hasMessageContaining("GIF");
	}

}
