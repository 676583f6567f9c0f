package id.warta.scraper;

import java.net.URI;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page states about its article: the headline it shows or declares, the outlet,
 * the author, and whether it says it is an article at all.
 */
class HtmlMetadataTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void namesTheOutletByTheCanonicalHostWhenTheSiteNamesNone() {
		HtmlMetadata meta = read(
				"<title>Banjir rob melanda pesisir utara</title>"
						+ "<link rel=\"canonical\" href=\"https://www.harbourtimes.example/berita/banjir\">",
				"", "https://mirror.example.net/banjir");
		assertThat(meta.outlet()).isEqualTo("harbourtimes.example");
		assertThat(
				read("<title>Banjir rob melanda pesisir utara</title>", "", "https://www.pelabuhan.example/a").outlet())
			.isEqualTo("pelabuhan.example");
	}

	@Test
	void namesNoOutletWithoutAnAddressOrAName() {
		assertThat(read("<title>Banjir rob melanda pesisir utara</title>", "", null).outlet()).isNull();
		assertThat(read("<title>Banjir rob melanda pesisir utara</title>", "", "file:///tmp/banjir.html").outlet())
			.isNull();
	}

	@Test
	void anAuthorWhoIsTheSiteIsTheOutletNotTheWriter() {
		HtmlMetadata meta = read("<title>Banjir rob melanda pesisir utara</title>"
				+ "<meta property=\"og:site_name\" content=\"Harbour Times\"><meta name=\"author\" content=\"Harbour Times\">",
				"", "https://harbour.example/banjir");
		assertThat(meta.author()).isNull();
		assertThat(meta.outlet()).isEqualTo("Harbour Times");
	}

	@Test
	void anAuthorWhoIsTheTitleSuffixIsTheOutletNotTheWriter() {
		HtmlMetadata meta = read("<title>Banjir rob melanda pesisir utara Jakarta - Warta Pelabuhan</title>"
				+ "<meta name=\"author\" content=\"Warta Pelabuhan\">", "", "https://wp.example/banjir");
		assertThat(meta.author()).isNull();
		assertThat(meta.outlet()).isEqualTo("Warta Pelabuhan");
		assertThat(meta.title()).isEqualTo("Banjir rob melanda pesisir utara Jakarta");
	}

	@Test
	void theFirstOrganisationAmongTheAuthorsNamesTheOutlet() {
		HtmlMetadata meta = read("<title>Banjir rob melanda pesisir utara</title>"
				+ "<meta name=\"author\" content=\"Harbour Media Group\">"
				+ "<meta property=\"article:author\" content=\"Pelabuhan News Network\">"
				+ "<meta name=\"dc.creator\" content=\"Rina Sari\">", "", "https://wp.example/banjir");
		assertThat(meta.author()).isEqualTo("Rina Sari");
		assertThat(meta.outlet()).isEqualTo("Harbour Media Group");
	}

	@Test
	void showsAVisibleHeadlineOfThreeWordsThatMatchesTheDeclaredOne() {
		assertThat(read("<meta property=\"og:title\" content=\"Harga beras naik lagi\">", "<h1>Harga Beras Naik</h1>",
				null)
			.title()).isEqualTo("Harga Beras Naik");
	}

	@Test
	void ofVisibleHeadlinesThatMatchEquallyTakesTheFirst() {
		assertThat(read("<meta property=\"og:title\" content=\"Harga beras naik lagi hari ini\">",
				"<h1>Harga Beras Naik Lagi</h1><h1>Harga Beras Naik</h1>", null)
			.title()).isEqualTo("Harga Beras Naik Lagi");
	}

	@Test
	void skipsAVisibleHeadlineThatIsTheSiteName() {
		assertThat(read(
				"<meta property=\"og:site_name\" content=\"Harbour Times Daily\">"
						+ "<meta property=\"og:title\" content=\"Banjir rob melanda pesisir utara\">",
				"<h1>Harbour Times Daily</h1><h1>Banjir Rob Melanda Pesisir</h1>", null)
			.title()).isEqualTo("Banjir Rob Melanda Pesisir");
	}

	@Test
	void aVisibleHeadlineThatSharesLittleWithTheDeclaredOneIsAMasthead() {
		assertThat(read(
				"<title>Harga beras naik di pasar induk</title>"
						+ "<meta property=\"og:title\" content=\"Harga beras naik di pasar induk\">",
				"<h1>Selamat Datang di Portal</h1>", null)
			.title()).isEqualTo("Harga beras naik di pasar induk");
	}

	@Test
	void aVisibleHeadlineThatMatchesThePageTitleWinsOverADifferentDeclaredOne() {
		assertThat(read(
				"<title>Harga Beras Naik Lagi Hari Ini</title>"
						+ "<meta property=\"og:title\" content=\"Kenaikan harga pangan\">",
				"<h1>Harga Beras Naik Lagi</h1>", null)
			.title()).isEqualTo("Harga Beras Naik Lagi");
	}

	@Test
	void dropsTheSiteNameFromTheTitleWhateverItsLength() {
		assertThat(read("<title>Banjir Rob - Harbour Times Daily Edition</title>"
				+ "<meta property=\"og:site_name\" content=\"Harbour Times Daily Edition\">", "", null)
			.title()).isEqualTo("Banjir Rob");
	}

	@Test
	void dropsAShortSuffixAtTheEndOfTheTitleOnly() {
		assertThat(read("<title>Harga Beras Naik di Pasar Induk - Tiga Kata Saja</title>", "", null).title())
			.isEqualTo("Harga Beras Naik di Pasar Induk");
		assertThat(read("<title>Harga Beras Naik di Pasar Induk - Empat Kata Di Sini</title>", "", null).title())
			.isEqualTo("Harga Beras Naik di Pasar Induk - Empat Kata Di Sini");
		assertThat(read("<title>Banjir - Jakarta Utara Tenggelam</title>", "", null).title())
			.isEqualTo("Banjir - Jakarta Utara Tenggelam");
	}

	@Test
	void declaresAnArticleByJsonLdOrOpenGraphButNotAsAWebPage() {
		assertThat(read("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Banjir rob\"}"
				+ "</script>", "", null)
			.declaredArticle()).isTrue();
		assertThat(read("<script type=\"application/ld+json\">{\"@type\":\"WebPage\",\"headline\":\"Banjir rob\"}"
				+ "</script>", "", null)
			.declaredArticle()).isFalse();
		assertThat(read("<meta property=\"og:type\" content=\"article\">", "", null).declaredArticle()).isTrue();
		assertThat(read("<meta property=\"og:type\" content=\"website\">", "", null).declaredArticle()).isFalse();
	}

	private HtmlMetadata read(String head, String body, @Nullable String url) {
		Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>",
				(url != null) ? url : "");
		PageStatements page = PageStatements.readHead(doc);
		page.seeAll(doc.body());
		return HtmlMetadata.read(page, this.json, (url != null) ? URI.create(url) : null);
	}

}
