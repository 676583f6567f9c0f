package id.warta.article;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import id.warta.TemporaryDataDir;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports real files, each in its own transaction as in production, including the bad
 * inputs a user may feed the reader: none of them may lose what is already stored.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ ArticleIndexConfiguration.class, ArticleImporter.class, ArticleStore.class, ArticleCatalog.class,
		TestClock.class })
@EnableConfigurationProperties(ImportSettings.class)
@ExtendWith(OutputCaptureExtension.class)
class ArticleImporterTests {

	private static final Path SEEDS = Path.of("seeds");

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		TemporaryDataDir.register(registry);
	}

	@Autowired
	ArticleImporter importer;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	ArticleRepository articles;

	@TempDir
	Path dir;

	@BeforeEach
	void startEmpty() {
		this.articles.deleteAll();
	}

	@Test
	void importsEverySeed() {
		List<ImportResult> results = this.importer.importFolder(SEEDS);
		assertThat(results).hasSize(5).allSatisfy((result) -> {
			assertThat(result.status()).isEqualTo(ImportResult.Status.IMPORTED);
			assertThat(result.source()).startsWith("seeds");
		});
		assertThat(this.catalog.outlets()).extracting(OutletCount::name)
			.containsExactlyInAnyOrder("Membumi.com", "pelita.online", "MDN", null);
	}

	@Test
	void storesABatchInOneGoAndEachArticleAloneWhenTheBatchFails(@Autowired OutletRepository outlets) {
		List<ImportResult> first = this.importer.importAll(List.of(incoming("a", "Satu"), incoming("b", "Dua")));
		assertThat(first).extracting(ImportResult::status).containsOnly(ImportResult.Status.IMPORTED);
		// The store remembers MDN's id for the next batches; taking the outlet away makes
		// the next batch fail as a whole, and its articles are then stored one by one.
		this.articles.deleteAll();
		outlets.deleteAll();
		List<ImportResult> second = this.importer.importAll(List.of(incoming("c", "Tiga"), incoming("d", "Empat")));
		assertThat(second).extracting(ImportResult::status).containsOnly(ImportResult.Status.IMPORTED);
		assertThat(this.catalog.outlets()).extracting(OutletCount::name, OutletCount::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("MDN", 2L));
		assertThat(this.importer.importAll(List.of())).isEmpty();
	}

	private static IncomingArticle incoming(String source, String title) {
		return new IncomingArticle(source, new id.warta.scraper.ExtractedArticle(title, "MDN", null, null, List.of(),
				"id", List.of(id.warta.scraper.Block.paragraph("Isi berita " + title + ".")), 3));
	}

	@Test
	void storesAParagraphLongerThanABlockAsSeveralLosingNothing() {
		String sentence = "Kapal patroli Bakamla mengusir kapal asing dari perairan Natuna Utara. ";
		String longParagraph = sentence.repeat(3_500).strip();
		assertThat(longParagraph.length()).isGreaterThan(2 * ArticleBlock.MAX_LENGTH);
		ImportResult result = this.importer.importExtracted("test:panjang",
				new id.warta.scraper.ExtractedArticle("Paragraf panjang", "MDN", null, null, List.of(), "id",
						List.of(id.warta.scraper.Block.paragraph(longParagraph)), 30_000));
		assertThat(result.status()).as(result.message()).isEqualTo(ImportResult.Status.IMPORTED);
		List<String> stored = this.articles.findWithBodyById(result.articleId())
			.orElseThrow()
			.getBlocks()
			.stream()
			.map(ArticleBlock::getContent)
			.toList();
		assertThat(stored).hasSize(3)
			.allSatisfy((part) -> assertThat(part).hasSizeLessThanOrEqualTo(ArticleBlock.MAX_LENGTH));
		assertThat(String.join(" ", stored)).isEqualTo(longParagraph);
	}

	@Test
	void dropsControlCharactersFromWhatItStoresAndLogs(CapturedOutput output) {
		ImportResult result = this.importer
			.importPages(List.of(new IncomingArticle("test:kendali\r\nFORGED",
					new id.warta.scraper.ExtractedArticle("Judul\u0000 dengan\nbaris palsu\u001b[31m", "MDN\u0007",
							"Penulis\u0000", null, List.of("Antara\u0000"), "id",
							List.of(id.warta.scraper.Block.paragraph("Isi\u0000 berita\u0008 ini.\tSatu tab.")), 5))))
			.get(0);
		assertThat(result.status()).isEqualTo(ImportResult.Status.IMPORTED);
		var stored = this.articles.findWithBodyById(result.articleId()).orElseThrow();
		assertThat(stored.getTitle()).isEqualTo("Judul dengan baris palsu[31m");
		assertThat(stored.getAuthor()).isEqualTo("Penulis");
		assertThat(stored.getSource()).isEqualTo("test:kendali  FORGED");
		assertThat(stored.getBlocks().get(0).getContent()).isEqualTo("Isi berita ini.\tSatu tab.");
		assertThat(stored.getCitedSources()).containsExactly("Antara");
		assertThat(output).contains("Imported test:kendali  FORGED as article").doesNotContain("\nFORGED");
	}

	@Test
	void cutsTextWithoutSpacesAndKeepsSurrogatePairsWhole() {
		assertThat(ArticleStore.parts("abcdefgh", 3)).containsExactly("abc", "def", "gh");
		assertThat(ArticleStore.parts("ab\uD83D\uDE00cd", 3)).containsExactly("ab", "\uD83D\uDE00c", "d");
		assertThat(ArticleStore.parts("satu dua tiga", 8)).containsExactly("satu dua", "tiga");
		assertThat(ArticleStore.parts("", 8)).containsExactly("");
	}

	@Test
	void storesTheSameFileOnce() {
		Path seed = SEEDS.resolve("004_ba2def52373556d9.txt");
		assertThat(this.importer.importFile(seed).status()).isEqualTo(ImportResult.Status.IMPORTED);
		assertThat(this.importer.importFile(seed).status()).isEqualTo(ImportResult.Status.DUPLICATE);
		assertThat(this.catalog.count()).isEqualTo(1);
	}

	@Test
	void refusesBadInputWithAClearReasonAndKeepsWhatIsStored() throws IOException {
		ImportResult good = this.importer.importFile(SEEDS.resolve("004_ba2def52373556d9.txt"));
		assertThat(failure(write("empty.txt", new byte[0]))).containsIgnoringCase("empty");
		assertThat(failure(write("report.pdf", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nstream\n\u0000\u0001\u0002"
			.getBytes(StandardCharsets.ISO_8859_1)))).containsIgnoringCase("binary");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0 };
		assertThat(failure(write("photo.png", png))).containsIgnoringCase("binary");
		assertThat(failure(write("untitled.txt", "31\n\n0\n\n.\n\nHome\n".getBytes(StandardCharsets.UTF_8))))
			.isNotBlank();
		assertThat(failure(this.dir.resolve("missing.txt"))).isNotBlank();
		assertThat(failure(this.dir)).isNotBlank();

		assertThat(this.catalog.count()).isEqualTo(1);
		assertThat(this.catalog.find(good.articleId()).orElseThrow().title())
			.isEqualTo("Di Hadapan Putin, Kim Jong Un Pastikan Korea Utara Dukung Rusia");
	}

	@Test
	void refusesFilesAboveTheSizeLimitWithoutReadingThem() throws IOException {
		Path huge = this.dir.resolve("huge.txt");
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(DataSize.ofMegabytes(50).toBytes());
		}
		assertThat(failure(huge)).contains("50.0 MB").contains("10.0 MB");
	}

	@Test
	void decodesWindows1252Dumps() throws IOException {
		String text = """
				Kafe di Jakarta menolak “diplomasi” café

				Penulis Contoh

				Pemerintah menyatakan bahwa perundingan dengan para mitra berjalan baik dan menghasilkan kesepakatan yang disambut “hangat” oleh semua pihak di kawasan.

				Menteri Luar Negeri mengatakan kerja sama itu akan diperluas tahun depan, termasuk di bidang perdagangan, pendidikan, dan kebudayaan.
				""";
		ImportResult result = this.importer
			.importFile(write("cp1252.txt", text.getBytes(Charset.forName("windows-1252"))));
		assertThat(result.status()).isEqualTo(ImportResult.Status.IMPORTED);
		assertThat(this.catalog.find(result.articleId()).orElseThrow().title())
			.isEqualTo("Kafe di Jakarta menolak “diplomasi” café");
	}

	@Test
	void seedImportStartsEmptyAndSaysSoWhenTheFolderIsMissing(CapturedOutput output) {
		ImportSettings settings = new ImportSettings(this.dir.resolve("nowhere"), DataSize.ofMegabytes(10));
		new SeedImporter(this.catalog, this.importer, settings).start();
		assertThat(output).contains("does not exist; the reader starts empty");
		assertThat(this.catalog.count()).isZero();
	}

	@Test
	void seedImportRunsOnlyOnAnEmptyDatabase(CapturedOutput output) {
		ImportSettings settings = new ImportSettings(SEEDS, DataSize.ofMegabytes(10));
		new SeedImporter(this.catalog, this.importer, settings).start();
		assertThat(this.catalog.count()).isEqualTo(5);
		assertThat(output).contains("Seed import done: 5 imported");
		new SeedImporter(this.catalog, this.importer, settings).start();
		assertThat(this.catalog.count()).isEqualTo(5);
		assertThat(output).contains("seeds are not imported again");
	}

	private String failure(Path file) {
		ImportResult result = this.importer.importFile(file);
		assertThat(result.status()).as(file.toString()).isEqualTo(ImportResult.Status.FAILED);
		assertThat(result.message()).doesNotContain("\n");
		return result.message();
	}

	private Path write(String name, byte[] content) throws IOException {
		return Files.write(this.dir.resolve(name), content);
	}

}
