package id.warta.scraper;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The last sieve over an HTML body's blocks: teasers, credit footers, pagers, comments
 * and trailing subheadings go, the article's paragraphs stay.
 */
class BodyLinesTests {

	private static final String P1 = "Menteri Luar Negeri Retno Marsudi bertemu mitranya di Jakarta pada Selasa, membahas kerja sama kawasan.";

	private static final String P2 = "Pertemuan itu berlangsung tertutup selama dua jam, kata juru bicara kementerian kepada wartawan.";

	private static final String LONG = "Kedua menteri sepakat melanjutkan perundingan bulan depan, dengan agenda perdagangan dan "
			+ "keamanan laut, serta membahas rencana latihan bersama, bantuan kemanusiaan bagi korban banjir "
			+ "dan kerja sama pendidikan bagi pelajar dari kedua negara.";

	private final CitedSources credits = new CitedSources();

	private final List<String> footerAuthors = new ArrayList<>();

	@Test
	void dropsTheShortTeaserAReadAlsoLineAnnounces() {
		assertThat(clean(Block.paragraph(P1), Block.paragraph("Baca juga:"),
				Block.paragraph("Harga cabai turun di pasar Jakarta"), Block.paragraph(P2)))
			.containsExactly(P1, P2);
	}

	@Test
	void keepsALongParagraphAfterAReadAlsoLine() {
		assertThat(LONG).hasSizeGreaterThan(200);
		assertThat(
				clean(Block.paragraph(P1), Block.paragraph("Baca juga:"), Block.paragraph(LONG), Block.paragraph(P2)))
			.containsExactly(P1, LONG, P2);
	}

	@Test
	void stopsAtTheCommentSection() {
		assertThat(clean(Block.paragraph(P1), Block.paragraph("Tulis komentar"), Block.paragraph(P2)))
			.containsExactly(P1);
	}

	@Test
	void dropsCreditFootersAndHandsOnTheWriter() {
		assertThat(clean(Block.paragraph(P1), Block.paragraph("Pewarta: Rina Sari"), Block.paragraph("Editor: Budi"),
				Block.paragraph(P2)))
			.containsExactly(P1, P2);
		assertThat(this.footerAuthors).containsExactly("Rina Sari");
	}

	@Test
	void dropsCreditLinesAndPagersButKeepsTheSources() {
		assertThat(clean(Block.paragraph(P1), Block.paragraph("Sumber: AFP"), Block.paragraph("Halaman 1 / 2"),
				Block.paragraph(P2)))
			.containsExactly(P1, P2);
		assertThat(this.credits.names()).containsExactly("AFP");
	}

	@Test
	void dropsSubheadingsLeftAtTheEnd() {
		assertThat(clean(Block.paragraph(P1), Block.heading("Lanjutan"), Block.paragraph(P2),
				Block.heading("Harapan Para Pedagang"), Block.heading("Langkah Pemerintah")))
			.containsExactly(P1, "Lanjutan", P2);
		assertThat(clean(Block.heading("Harapan Para Pedagang"))).isEmpty();
	}

	private List<String> clean(Block... blocks) {
		return BodyLines.clean(List.of(blocks), this.credits, this.footerAuthors::add)
			.stream()
			.map(Block::text)
			.toList();
	}

}
