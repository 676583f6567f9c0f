package id.warta.scraper;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Input handling: refusing what is not an article, decoding, and surviving hostile input.
 */
class ArticleExtractorTests {

	private static final String DUMP = """
			Kabar Dunia

			Kim Jong Un Tiba di Vladivostok dengan “Kereta Lapis Baja”

			Jakarta – Pemimpin Korea Utara Kim Jong Un tiba di Vladivostok, Rusia, dengan kereta lapis baja pada Selasa pagi, menurut media setempat.

			Kunjungan itu merupakan perjalanan luar negeri pertamanya sejak pandemi, dan diawasi ketat oleh Amerika Serikat serta sekutunya.
			""";

	private final ArticleExtractor extractor = new ArticleExtractor();

	@Test
	void refusesEmptyAndBlankInput() {
		assertThatThrownBy(() -> this.extractor.extract(new byte[0], null, null))
			.isInstanceOf(ExtractionException.class)
			.hasMessage("empty file");
		assertThatThrownBy(() -> this.extractor.extract(" \n\t\n".getBytes(StandardCharsets.UTF_8), null, null))
			.hasMessage("empty file");
	}

	@Test
	void refusesBinaryFilesNamingTheirFormat() {
		assertThatThrownBy(() -> this.extractor
			.extract("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), null, null))
			.hasMessage("binary file (PDF), not an article");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
		assertThatThrownBy(() -> this.extractor.extract(png, null, null))
			.hasMessage("binary file (PNG), not an article");
		byte[] jpeg = { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16 };
		assertThatThrownBy(() -> this.extractor.extract(jpeg, null, null)).hasMessageContaining("JPEG");
		byte[] zip = { 'P', 'K', 3, 4, 20, 0 };
		assertThatThrownBy(() -> this.extractor.extract(zip, null, null)).hasMessageContaining("ZIP");
		byte[] nul = "Judul\u0000\u0000teks".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> this.extractor.extract(nul, null, null)).hasMessageContaining("binary file");
	}

	@Test
	void decodesAWindows1252Dump() throws Exception {
		byte[] bytes = DUMP.getBytes(Charset.forName("windows-1252"));
		ExtractedArticle article = this.extractor.extract(bytes, null, null);
		assertThat(article.title()).isEqualTo("Kim Jong Un Tiba di Vladivostok dengan “Kereta Lapis Baja”");
		assertThat(article.body().get(0).text()).startsWith("Jakarta – Pemimpin");
	}

	@Test
	void prefersTheByteOrderMarkAndTheHttpCharset() throws Exception {
		byte[] utf8 = DUMP.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[utf8.length + 3];
		withBom[0] = (byte) 0xef;
		withBom[1] = (byte) 0xbb;
		withBom[2] = (byte) 0xbf;
		System.arraycopy(utf8, 0, withBom, 3, utf8.length);
		assertThat(this.extractor.extract(withBom, "text/plain; charset=windows-1252", null).title())
			.contains("“Kereta");
		byte[] utf16 = ("\ufeff" + DUMP).getBytes(StandardCharsets.UTF_16BE);
		assertThat(this.extractor.extract(utf16, null, null).title()).contains("“Kereta");
		byte[] latin = DUMP.getBytes(Charset.forName("windows-1252"));
		assertThat(this.extractor.extract(latin, "text/plain; charset=windows-1252", null).title()).contains("“Kereta");
	}

	@Test
	void readsTheMetaCharsetOfAnHtmlPage() throws Exception {
		String html = "<html><head><meta charset=\"windows-1252\"><title>Judul – Situs</title></head><body><article>"
				+ "<h1>Rusia dan Korea Utara “bersekutu”</h1><p>Pemimpin kedua negara bertemu di Pyongyang pada Rabu dan "
				+ "menandatangani perjanjian kemitraan strategis yang mencakup bantuan militer.</p></article></body></html>";
		ExtractedArticle article = this.extractor.extract(html.getBytes(Charset.forName("windows-1252")), null,
				URI.create("https://contoh.example/a"));
		assertThat(article.title()).isEqualTo("Rusia dan Korea Utara “bersekutu”");
	}

	@Test
	void saysNoArticleWhenThereIsNoRunningText() {
		assertThatThrownBy(() -> this.extractor.extract(".\n\n,\n;;\n-".getBytes(StandardCharsets.UTF_8), null, null))
			.hasMessage("no article found");
		assertThatThrownBy(
				() -> this.extractor.extract("Home\nMenu\nLogin\n".getBytes(StandardCharsets.UTF_8), null, null))
			.hasMessage("no article found");
	}

	@Test
	void handlesAHugeDumpQuickly() {
		StringBuilder dump = new StringBuilder("Judul Artikel yang Sangat Panjang Sekali\n\n");
		Random random = new Random(7);
		while (dump.length() < 5_000_000) {
			dump.append("Paragraf nomor ")
				.append(random.nextInt(1_000_000))
				.append(" menjelaskan kejadian yang berlangsung di kota itu, kata para saksi kepada wartawan.\n\n");
		}
		byte[] bytes = dump.toString().getBytes(StandardCharsets.UTF_8);
		ExtractedArticle article = assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> this.extractor.extract(bytes, null, null));
		assertThat(article.wordCount()).isGreaterThan(500_000);
	}

	@Test
	void survivesHostileInput() {
		Random random = new Random(42);
		for (int round = 0; round < 50; round++) {
			byte[] noise = new byte[1 + random.nextInt(20_000)];
			random.nextBytes(noise);
			assertThat(refusal(noise)).as("random bytes, round %d", round).isNotBlank();
		}
		extractsOrRefusesClearly("kata ".repeat(400_000).getBytes(StandardCharsets.UTF_8));
		extractsOrRefusesClearly(("<".repeat(100_000) + "p>" + "a>".repeat(50_000)).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The one-line reason the extractor refuses the input with; fails if it accepts it.
	 */
	private String refusal(byte[] input) {
		try {
			ExtractedArticle article = this.extractor.extract(input, null, null);
			throw new AssertionError("accepted: " + article.title());
		}
		catch (ExtractionException refused) {
			assertThat(refused.getMessage()).doesNotContain("\n");
			return refused.getMessage();
		}
	}

	/** An article with a body, or a clear one-line refusal; never another exception. */
	private void extractsOrRefusesClearly(byte[] input) {
		try {
			ExtractedArticle article = this.extractor.extract(input, null, null);
			assertThat(article.body()).isNotEmpty();
			assertThat(article.wordCount()).isPositive();
		}
		catch (ExtractionException refused) {
			assertThat(refused.getMessage()).isNotBlank().doesNotContain("\n");
		}
	}

	@Test
	void leavesThePublisherOutOfTheSourcesItCites() throws Exception {
		String page = "<html><head><title>Harga beras naik di pasar induk</title>"
				+ "<meta property=\"og:site_name\" content=\"Harbour Times\"></head><body><article>"
				+ "<h1>Harga beras naik di pasar induk</h1>"
				+ "<p>Harga beras di pasar induk naik lagi pada pekan ini karena pasokan dari daerah berkurang.</p>"
				+ "<p>Para pedagang berharap pemerintah segera menggelar operasi pasar sebelum bulan puasa tiba.</p>"
				+ "<p>Sumber: AFP, Harbour Times</p></article></body></html>";
		ExtractedArticle article = this.extractor.extract(page.getBytes(StandardCharsets.UTF_8), "text/html",
				URI.create("https://harbour.example/berita/harga-beras"));
		assertThat(article.outlet()).isEqualTo("Harbour Times");
		assertThat(article.citedSources()).containsExactly("AFP");
	}

}
