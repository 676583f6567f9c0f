package id.warta.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Pages of a made-up Indonesian news site, for the tests and the benchmark: articles
 * whose words the extractor finds, a feed, a sitemap and a section page linking them.
 */
final class FixtureSite {

	private static final String[] WORDS = ("pemerintah indonesia menyatakan bahwa perundingan dengan negara mitra "
			+ "di kawasan asia tenggara berjalan baik dan menghasilkan kesepakatan baru tentang perdagangan "
			+ "pertahanan laut natuna kerja sama ekonomi menteri luar negeri mengatakan presiden akan berkunjung "
			+ "ke jakarta pekan depan untuk membahas keamanan maritim investasi energi pangan pendidikan "
			+ "parlemen menyetujui anggaran tambahan bagi angkatan laut sementara para pengamat menilai langkah "
			+ "itu penting bagi stabilitas regional diplomasi bilateral multilateral asean tiongkok amerika "
			+ "serikat australia jepang india rusia eropa perbatasan nelayan kapal patroli pulau wilayah")
		.split(" ");

	private FixtureSite() {
	}

	/**
	 * The text of article {@code n}: a dozen paragraphs of words drawn from a seeded
	 * generator, so that two different articles share few word triples.
	 */
	static List<String> paragraphs(int n) {
		Random random = new Random(1000L + n);
		List<String> paragraphs = new ArrayList<>();
		for (int p = 0; p < 12; p++) {
			StringBuilder text = new StringBuilder();
			for (int w = 0; w < 28; w++) {
				String word = WORDS[random.nextInt(WORDS.length)];
				text.append((w == 0) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
					.append((w == 27) ? "." : " ");
			}
			paragraphs.add(text.toString());
		}
		return paragraphs;
	}

	static String title(int n) {
		return "Perundingan kawasan babak ke-" + n + " dibuka di Jakarta";
	}

	static String articleHtml(String title, String outlet, List<String> paragraphs, String canonical) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">")
			.append("<title>")
			.append(title)
			.append(" - ")
			.append(outlet)
			.append("</title><meta property=\"og:site_name\" content=\"")
			.append(outlet)
			.append("\"><meta property=\"og:title\" content=\"")
			.append(title)
			.append("\"><meta property=\"og:type\" content=\"article\">")
			.append("<meta property=\"article:published_time\" content=\"2024-03-05T10:15:00+07:00\">")
			.append("<link rel=\"canonical\" href=\"")
			.append(canonical)
			.append("\"></head><body><header><nav><a href=\"/\">Beranda</a> <a href=\"/politik\">Politik</a></nav></header>")
			.append("<article><h1>")
			.append(title)
			.append("</h1><div class=\"byline\">Oleh Redaksi</div>");
		for (String paragraph : paragraphs) {
			html.append("<p>").append(paragraph).append("</p>");
		}
		return html.append("</article><footer>Hak cipta ").append(outlet).append("</footer></body></html>").toString();
	}

	static String rss(String siteUrl, List<String> links) {
		StringBuilder xml = new StringBuilder(
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
			.append("<title>Berita</title><link>")
			.append(siteUrl)
			.append("</link><description>Berita terbaru</description>");
		for (String link : links) {
			xml.append("<item><title>Berita</title><link>").append(link).append("</link></item>");
		}
		return xml.append("</channel></rss>").toString();
	}

	static String sitemap(List<String> links) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
		for (String link : links) {
			xml.append("<url><loc>").append(link).append("</loc></url>");
		}
		return xml.append("</urlset>").toString();
	}

	static String section(List<String> links) {
		StringBuilder html = new StringBuilder(
				"<!DOCTYPE html><html><head><title>Politik</title></head><body><nav><a href=\"/\">Beranda</a>"
						+ "<a href=\"/tentang-kami\">Tentang</a></nav><ul>");
		for (String link : links) {
			html.append("<li><a href=\"").append(link).append("\">Berita</a></li>");
		}
		return html.append("</ul></body></html>").toString();
	}

}
