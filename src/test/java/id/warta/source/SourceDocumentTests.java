package id.warta.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import id.warta.source.SourceDocument.Format;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceDocumentTests {

	@Test
	void readsRssAndAtomFeeds() throws IOException {
		byte[] rss = FixtureSite.rss("https://a.test/", List.of("https://a.test/berita/satu-dua-tiga-empat", "/x/2"))
			.getBytes(StandardCharsets.UTF_8);
		assertThat(SourceDocument.sniff(rss, "application/rss+xml")).isEqualTo(Format.FEED);
		assertThat(SourceDocument.feedLinks(rss, "https://a.test/rss"))
			.containsExactly("https://a.test/berita/satu-dua-tiga-empat", "https://a.test/x/2");
		byte[] atom = """
				<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
				<id>urn:x</id><updated>2024-01-01T00:00:00Z</updated><entry><title>A</title><id>urn:a</id>
				<updated>2024-01-01T00:00:00Z</updated><link href="https://a.test/atom/entry-1"/></entry></feed>
				""".getBytes(StandardCharsets.UTF_8);
		assertThat(SourceDocument.sniff(atom, "text/xml")).isEqualTo(Format.FEED);
		assertThat(SourceDocument.feedLinks(atom, "https://a.test/atom"))
			.containsExactly("https://a.test/atom/entry-1");
	}

	@Test
	void readsSitemapsIndexesGoogleNewsAndGzip() throws IOException {
		String index = """
				<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
				<sitemap><loc>https://a.test/sitemap-1.xml</loc></sitemap></sitemapindex>""";
		SourceDocument.Sitemap parsed = SourceDocument.sitemap(index.getBytes(StandardCharsets.UTF_8),
				"https://a.test/");
		assertThat(parsed.children()).containsExactly("https://a.test/sitemap-1.xml");
		assertThat(parsed.pages()).isEmpty();
		String news = """
				<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
				xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://a.test/n/1</loc>
				<news:news><news:title>Judul</news:title></news:news></url></urlset>""";
		ByteArrayOutputStream gz = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
			out.write(news.getBytes(StandardCharsets.UTF_8));
		}
		assertThat(SourceDocument.sniff(gz.toByteArray(), "application/x-gzip")).isEqualTo(Format.SITEMAP);
		assertThat(SourceDocument.sitemap(gz.toByteArray(), "https://a.test/").pages())
			.containsExactly("https://a.test/n/1");
	}

	@Test
	void feedsAndSitemapsGiveOnlyLinksToCrawl() throws IOException {
		byte[] rss = FixtureSite
			.rss("https://a.test/",
					List.of("javascript:alert(1)", "file:///etc/passwd", "mailto:redaksi@a.test",
							"https://a.test/berita/1", "//b.test/berita/2", "http://[bukan-alamat/3"))
			.getBytes(StandardCharsets.UTF_8);
		assertThat(SourceDocument.feedLinks(rss, "https://a.test/rss")).containsExactly("https://a.test/berita/1",
				"https://b.test/berita/2");
		String sitemap = """
				<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
				<url><loc>javascript:alert(1)</loc></url><url><loc></loc></url><url><loc>/berita/4</loc></url>
				</urlset>""";
		assertThat(SourceDocument.sitemap(sitemap.getBytes(StandardCharsets.UTF_8), "https://a.test/").pages())
			.containsExactly("https://a.test/berita/4");
	}

	@Test
	void findsArticleLinksOnASectionPageBySiteAndShape() {
		Document page = Jsoup.parse("""
				<a href="/">Beranda</a><a href="/politik">Politik</a><a href="/tentang-kami">Tentang</a>
				<a href="/politik/2024/03/05/menteri-tiba-di-jakarta">A</a>
				<a href="https://m.a.test/berita/123456/presiden-berkunjung">B</a>
				<a href="https://other.test/politik/menteri-tiba-di-jakarta-hari-ini">C</a>
				<a href="/politik/menteri-tiba-di-jakarta-hari-ini?utm_source=x#top">D</a>
				""", "https://a.test/politik");
		assertThat(SourceDocument.sectionLinks(page, null)).containsExactly(
				"https://a.test/politik/2024/03/05/menteri-tiba-di-jakarta",
				"https://m.a.test/berita/123456/presiden-berkunjung",
				"https://a.test/politik/menteri-tiba-di-jakarta-hari-ini");
		assertThat(SourceDocument.sectionLinks(page, ".*/berita/\\d+/.*"))
			.containsExactly("https://m.a.test/berita/123456/presiden-berkunjung");
	}

	@Test
	void discoversTheFeedOfAHomePage() {
		Document page = Jsoup.parse(
				"<head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss\"></head><body></body>",
				"https://a.test/");
		assertThat(SourceDocument.discoveredFeed(page)).isEqualTo("https://a.test/rss");
	}

}
