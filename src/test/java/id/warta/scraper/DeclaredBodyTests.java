package id.warta.scraper;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON-LD {@code articleBody} as a check on the body read from the page.
 */
class DeclaredBodyTests {

	private static final String DECLARED = """
			Pemerintah Indonesia menegaskan sikapnya terkait sengketa di Laut China Selatan dalam pertemuan tingkat menteri ASEAN di Jakarta, Kamis.
			Menteri Luar Negeri menyatakan bahwa Indonesia bukan negara pengklaim, namun akan terus menjaga hak berdaulat di Zona Ekonomi Eksklusif di sekitar Natuna.
			Ia juga mendorong agar perundingan kode tata perilaku di kawasan itu segera dirampungkan, mengingat ketegangan yang terus meningkat dalam beberapa bulan terakhir.
			Sejumlah analis menilai langkah tersebut sebagai upaya menjaga keseimbangan antara kepentingan ekonomi dan keamanan nasional.
			""";

	@Test
	void keepsTheReadBodyWhenItHoldsTheDeclaredText() {
		List<Block> read = DECLARED.lines().map(Block::paragraph).toList();
		assertThat(DeclaredBody.check(read, DECLARED)).isSameAs(read);
	}

	@Test
	void takesTheDeclaredTextWhenTheReadBodyMissesMostOfIt() {
		List<Block> read = List.of(Block.paragraph("Berlangganan newsletter kami untuk kabar terbaru setiap pagi."));
		List<Block> body = DeclaredBody.check(read, DECLARED);
		assertThat(body).hasSize(4);
		assertThat(body.get(1).text()).startsWith("Menteri Luar Negeri");
	}

	@Test
	void ignoresAShortDeclarationThatIsOnlyASummary() {
		List<Block> read = List.of(Block.paragraph("Teks lain sama sekali."));
		assertThat(DeclaredBody.check(read, "Ringkasan singkat berita.")).isSameAs(read);
	}

}
