package id.warta.scraper;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the chosen container is read as paragraphs and subheadings: what inside it is text,
 * and what is links, teasers and chrome.
 */
class BlockCollectorTests {

	private static final String P1 = "Menteri Luar Negeri Retno Marsudi bertemu mitranya di Jakarta pada Selasa, membahas kerja sama kawasan.";

	private static final String P2 = "Pertemuan itu berlangsung tertutup selama dua jam, kata juru bicara kementerian kepada wartawan.";

	@Test
	void leavesOutTheLinkedHeadlinesOfTeasers() {
		BlockCollector collector = collect("<h3><a href=\"/a\">Retno bertemu para menteri ASEAN</a></h3><p>" + P1
				+ "</p><h3><a href=\"/w/index.php?action=edit\">[edit]</a></h3><p>" + P2 + "</p>", true);
		assertThat(texts(collector)).containsExactly(P1, P2);
	}

	@Test
	void leavesOutTheHeadlineOfThePage() {
		assertThat(read("<h1>Retno Bertemu Mitranya</h1><p>" + P1 + "</p>", true)).containsExactly(P1);
	}

	@Test
	void aStrictReadingLeavesOutAChromeBoxAndALooseOneKeepsIt() {
		String html = "<p>" + P1 + "</p><div class=\"share\"><p>Bagikan artikel ini kepada teman Anda</p></div>";
		assertThat(read(html, true)).containsExactly(P1);
		assertThat(read(html, false)).containsExactly(P1, "Bagikan artikel ini kepada teman Anda");
	}

	@Test
	void leavesOutABoxOfTwoLinkedHeadlinesButNotOfOne() {
		String one = "<div><h3><a href=\"/a\">Retno bertemu para menteri ASEAN</a></h3><p>" + P2 + "</p></div>";
		String two = "<div><h3><a href=\"/a\">Retno bertemu para menteri ASEAN</a></h3><p>" + P2
				+ "</p><h3><a href=\"/b\">Menteri Perdagangan membuka pameran ekspor</a></h3></div>";
		assertThat(read("<p>" + P1 + "</p>" + one, true)).containsExactly(P1, P2);
		assertThat(read("<p>" + P1 + "</p>" + two, true)).containsExactly(P1);
	}

	@Test
	void leavesOutARunOfLinksInsideAParagraph() {
		assertThat(read("<p>" + P1 + " <span><a href=\"/t/retno\">Retno</a> <a href=\"/t/asean\">ASEAN</a> "
				+ "<a href=\"/t/jakarta\">Jakarta</a></span></p>", true))
			.containsExactly(P1);
		assertThat(read("<p>Kata <a href=\"/t/retno\">Retno</a>, <a href=\"/t/asean\">ASEAN</a> dan "
				+ "<a href=\"/t/jakarta\">Jakarta</a> siap bekerja sama di kawasan, dengan agenda perdagangan.</p>",
				true))
			.containsExactly("Kata Retno, ASEAN dan Jakarta siap bekerja sama di kawasan, dengan agenda perdagangan.");
	}

	@Test
	void leavesOutATableOfLinksButKeepsARowNamingItsSubjectWithALink() {
		String links = "<table><tr><td><a href=\"/1\">Berita ekonomi hari ini</a></td><td><a href=\"/2\">Berita politik</a></td></tr>"
				+ "<tr><td><a href=\"/3\">Berita olahraga hari ini</a></td><td><a href=\"/4\">Berita hiburan</a></td></tr></table>";
		assertThat(read("<p>" + P1 + "</p>" + links, true)).containsExactly(P1);
		String data = "<table><tr><th>Nama</th><th>Menjabat sejak</th></tr><tr><td><a href=\"/tokoh/retno\">Retno Marsudi Menteri Luar Negeri</a></td><td>2014</td></tr></table>";
		assertThat(read("<p>" + P1 + "</p>" + data, true)).containsExactly(P1, "Nama Menjabat sejak",
				"Retno Marsudi Menteri Luar Negeri 2014");
	}

	@Test
	void leavesOutAListOfLinksButKeepsAListWhoseItemsSaySomething() {
		String links = "<ul><li><a href=\"/1\">Berita ekonomi hari ini</a></li><li><a href=\"/2\">Berita politik hari ini</a></li></ul>";
		assertThat(read("<p>" + P1 + "</p>" + links, true)).containsExactly(P1);
		String mostlyLinks = "<ul><li><a href=\"/1\">Harga beras naik</a> di tiga provinsi</li>"
				+ "<li><a href=\"/2\">Harga cabai turun</a> di pasar induk</li></ul>";
		assertThat(read("<p>" + P1 + "</p>" + mostlyLinks, true)).containsExactly(P1);
		String leads = "<ul><li><a href=\"/1\">Harga beras</a> naik di tiga provinsi karena panen raya mundur dua pekan dari jadwal</li>"
				+ "<li><a href=\"/2\">Harga cabai</a> turun di pasar induk setelah pasokan dari Jawa Tengah kembali lancar</li></ul>";
		assertThat(read("<p>" + P1 + "</p>" + leads, true)).contains(P1,
				"Harga beras naik di tiga provinsi karena panen raya mundur dua pekan dari jadwal");
	}

	@Test
	void leavesOutABoxThatIsMostlyLinksUnlessItIsText() {
		String links = "<div>Lihat juga <a href=\"/1\">Harga beras naik di tiga provinsi</a></div>";
		assertThat(read("<p>" + P1 + "</p>" + links, true)).containsExactly(P1);
		String someLinks = "<div>Kebijakan itu diumumkan di Jakarta, kata <a href=\"/t/retno\">Retno Marsudi Menteri</a></div>";
		assertThat(read("<p>" + P1 + "</p>" + someLinks, true)).containsExactly(P1);
		String text = "<div class=\"content\">Kebijakan itu diumumkan di Jakarta, kata <a href=\"/t/retno\">Retno Marsudi Menteri</a></div>";
		assertThat(read("<p>" + P1 + "</p>" + text, true)).containsExactly(P1,
				"Kebijakan itu diumumkan di Jakarta, kata Retno Marsudi Menteri");
	}

	@Test
	void dropsAnInlineTeaserButKeepsTheParagraph() {
		assertThat(read("<p>" + P1 + " <strong>Baca juga: Retno bertemu para menteri ASEAN</strong></p>", true))
			.containsExactly(P1);
	}

	private static List<String> read(String html, boolean strict) {
		return texts(collect(html, strict));
	}

	private static List<String> texts(BlockCollector collector) {
		return collector.blocks().stream().map(Block::text).toList();
	}

	private static BlockCollector collect(String html, boolean strict) {
		Document doc = Jsoup.parse("<html><body><div id=\"isi\">" + html + "</div></body></html>");
		ContentScores scores = ContentScores.measure(doc.body());
		BlockCollector collector = new BlockCollector(scores, strict);
		collector.collect(doc.getElementById("isi"));
		return collector;
	}

}
