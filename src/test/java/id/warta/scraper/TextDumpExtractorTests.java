package id.warta.scraper;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a plain-text dump of a page finds its headline.
 */
class TextDumpExtractorTests {

	private static final String P1 = "Menteri Luar Negeri Retno Marsudi bertemu mitranya di Jakarta pada Selasa, membahas kerja sama kawasan.";

	private static final String P2 = "Pertemuan itu berlangsung tertutup selama dua jam, kata juru bicara kementerian kepada wartawan.";

	private static final String P3 = "Kedua menteri sepakat melanjutkan perundingan bulan depan, dengan agenda perdagangan dan keamanan laut.";

	private final ArticleExtractor extractor = new ArticleExtractor();

	@Test
	void dropsTheSiteNameAtTheEndOfAPageTitle() {
		assertThat(TextDumpExtractor.withoutSiteSuffix("Banjir rob melanda pesisir utara Jakarta | Warta Pelabuhan"))
			.isEqualTo("Banjir rob melanda pesisir utara Jakarta");
		assertThat(TextDumpExtractor.withoutSiteSuffix("Retno bertemu mitranya di Jakarta - Kabar Kawasan"))
			.isEqualTo("Retno bertemu mitranya di Jakarta");
	}

	@Test
	void keepsAShortTitleWhoseSecondPartIsTheLonger() {
		assertThat(TextDumpExtractor.withoutSiteSuffix("Banjir | Warga pesisir utara mengungsi"))
			.isEqualTo("Banjir | Warga pesisir utara mengungsi");
	}

	@Test
	void theHeadlineIsTheLineThatThePageTitleAtTheTopContains() throws Exception {
		String dump = "Berita Dunia: Retno Bertemu Mitranya di Jakarta\n\nBeranda Nasional Dunia Ekonomi\n\n"
				+ "Retno Bertemu Mitranya di Jakarta\n\nPilihan Redaksi Hari Ini\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3
				+ "\n";
		assertThat(extract(dump).title()).isEqualTo("Retno Bertemu Mitranya di Jakarta");
	}

	@Test
	void aShortFirstLineThatIsNoParagraphIsTheHeadline() throws Exception {
		String dump = "Banjir Rob\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3 + "\n";
		assertThat(extract(dump).title()).isEqualTo("Banjir Rob");
	}

	private ExtractedArticle extract(String dump) throws ExtractionException {
		return this.extractor.extract(dump.getBytes(StandardCharsets.UTF_8), "text/plain", null);
	}

}
