package id.warta.scraper;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a text dump's outlet is found when the page names itself away from the article, and
 * in which form.
 */
class PageNamesTests {

	private static final String ARTICLE = """
			Internasional
			Menlu RI Bertemu Mitra Pasifik Bahas Kerja Sama Maritim Kawasan
			Kamis, 9 November 2023 11:05 WIB

			%s Menteri Luar Negeri Indonesia bertemu para menteri negara Pasifik di Suva, membahas kerja sama maritim dan perubahan iklim di kawasan itu.

			Pertemuan berlangsung selama dua jam dan menghasilkan pernyataan bersama tentang perlindungan laut, perikanan, dan keselamatan pelayaran.

			Para menteri sepakat melanjutkan pembicaraan dalam forum berikutnya di Jakarta tahun depan, dengan agenda perdagangan dan pendidikan.
			""";

	private final ArticleExtractor extractor = new ArticleExtractor();

	@Test
	void readsTheNameFromTheCopyrightLineWithoutTheCompanyWords() throws Exception {
		assertThat(outlet(
				"Menu\nBeranda\n" + ARTICLE.formatted("JAKARTA –") + "\nCopyright © 2023 PT Kabar Pelangi Media\n"))
			.isEqualTo("Kabar Pelangi");
		assertThat(outlet(
				"Menu\n" + ARTICLE.formatted("JAKARTA –") + "\n© 2024 Harian Teluk Jaya. All rights reserved.\n"))
			.isEqualTo("Harian Teluk Jaya");
		assertThat(
				outlet("Menu\n" + ARTICLE.formatted("JAKARTA –") + "\nSuara Ombak © 2024 · Dibuat dengan WordPress\n"))
			.isEqualTo("Suara Ombak");
	}

	@Test
	void readsTheNameFromADeskCredit() throws Exception {
		assertThat(outlet("Menu\n" + ARTICLE.formatted("JAKARTA –") + "\nLaporan: Tim Redaksi Kabar Tanjung\n"))
			.isEqualTo("Kabar Tanjung");
	}

	@Test
	void spellsOutADatelineAbbreviationWithTheWordsThePageWrites() throws Exception {
		assertThat(outlet(
				"Menu\n" + ARTICLE.formatted("Jakarta (KPL) –") + "\nRedaksi | Tentang Kabar Pelita Langit | Kontak\n"))
			.isEqualTo("Kabar Pelita Langit");
	}

	@Test
	void writesAShoutingMastheadAsThePageWritesTheName() throws Exception {
		assertThat(outlet("BERITAOMBAK.COM\nMenu\n" + ARTICLE.formatted("JAKARTA –")
				+ "\n\"Kami optimistis,\" ujarnya kepada Berita Ombak.\n"))
			.isEqualTo("Berita Ombak");
		// A domain written in mixed case is the page's own form.
		assertThat(outlet("Ombak.com\nMenu\n" + ARTICLE.formatted("JAKARTA –") + "\nBerita dari Ombak hari ini.\n"))
			.isEqualTo("Ombak.com");
	}

	@Test
	void takesTheSiteNameTheFootRepeats() throws Exception {
		assertThat(outlet("Jurnal Bahari\nMenu\n" + ARTICLE.formatted("JAKARTA –")
				+ "\nTag\nPasifik\nJurnal Bahari — Kabar Laut dan Dunia\n"))
			.isEqualTo("Jurnal Bahari");
	}

	@Test
	void namesKnownOutletsOneWayOnBothPaths() throws Exception {
		assertThat(outlet("Menu\n" + ARTICLE.formatted("KOMPAS.com –"))).isEqualTo("Kompas.com");
	}

	@Test
	void namesNoOutletWhenThePageNamesNone() throws Exception {
		assertThat(outlet("Menu\nBeranda\n" + ARTICLE.formatted("JAKARTA –") + "\n© 2023 Hak cipta dilindungi\n"))
			.isNull();
	}

	@Test
	void neverTakesAViewCounterACaptionOrADeskLineForTheHeadline() throws Exception {
		String dump = "Menu\nBeranda\n" + ARTICLE.formatted("JAKARTA –")
			.replace("Kamis, 9 November 2023 11:05 WIB\n",
					"Kamis, 9 November 2023 11:05 WIB\nDibaca: 1.204 kali\nRedaksi Kabar Tanjung\n\nPara menteri berfoto bersama di Suva, Fiji. (REUTERS)\n");
		ExtractedArticle article = extract(dump);
		assertThat(article.title()).isEqualTo("Menlu RI Bertemu Mitra Pasifik Bahas Kerja Sama Maritim Kawasan");
		assertThat(article.body()).extracting(Block::text).noneMatch((t) -> t.startsWith("Dibaca"));
	}

	@Test
	void takesTheDateBelowTheArticleWhenTheHeaderGivesOnlyARelativeTime() throws Exception {
		String dump = "Menu\n"
				+ ARTICLE.formatted("JAKARTA –").replace("Kamis, 9 November 2023 11:05 WIB", "2 jam yang lalu")
				+ "\nDiterbitkan: Kamis, 9 November 2023 11:05 WIB\n\nTag\nPasifik\n";
		assertThat(extract(dump).published().date()).hasToString("2023-11-09");
	}

	private String outlet(String dump) throws ExtractionException {
		return extract(dump).outlet();
	}

	private ExtractedArticle extract(String dump) throws ExtractionException {
		return this.extractor.extract(dump.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8", null);
	}

}
