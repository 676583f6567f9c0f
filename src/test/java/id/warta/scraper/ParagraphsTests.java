package id.warta.scraper;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repeated blocks: pull quotes, standfirsts and truncated teasers.
 */
class ParagraphsTests {

	private static final String A = "Pertemuan itu berlangsung lebih dari empat jam di pusat peluncuran antariksa.";

	private static final String B = "Kim mengundang Putin untuk mengunjungi Korea Utara pada waktu yang tepat.";

	private static final String C = "Washington menuduh Korea Utara menyediakan senjata kepada Rusia untuk perang.";

	@Test
	void keepsAPullQuoteOnlyWhereItFirstAppears() {
		List<Block> kept = Paragraphs.withoutRepeats(
				List.of(Block.paragraph(A), Block.paragraph(B), Block.paragraph(C), Block.paragraph(B)), "Judul");
		assertThat(kept).extracting(Block::text).containsExactly(A, B, C);
	}

	@Test
	void dropsAStandfirstThatRepeatsABodyParagraph() {
		List<Block> kept = Paragraphs.withoutRepeats(
				List.of(Block.paragraph(B), Block.paragraph(A), Block.paragraph(B), Block.paragraph(C)), "Judul");
		assertThat(kept).extracting(Block::text).containsExactly(A, B, C);
	}

	@Test
	void keepsTheCompleteCopyOfATruncatedParagraph() {
		String whole = C + " Namun pejabat Rusia dan Korea Utara membantah klaim tersebut.";
		List<Block> kept = Paragraphs.withoutRepeats(List.of(Block.paragraph(A), Block.paragraph(C),
				Block.paragraph("Washington menuduh Korea Utara menyediakan senjata kep..."), Block.paragraph(whole)),
				"Judul");
		assertThat(kept).extracting(Block::text).containsExactly(A, whole);
	}

	@Test
	void dropsTheTitleRepeatedInTheBody() {
		List<Block> kept = Paragraphs.withoutRepeats(List.of(Block.heading("Judul Berita"), Block.paragraph(A)),
				"Judul berita");
		assertThat(kept).extracting(Block::text).containsExactly(A);
	}

	@Test
	void countsWords() {
		assertThat(Paragraphs.wordCount(List.of(Block.paragraph("Satu dua, tiga."), Block.heading("Empat lima"))))
			.isEqualTo(5);
	}

}
