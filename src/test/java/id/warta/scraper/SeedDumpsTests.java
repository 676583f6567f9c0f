package id.warta.scraper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five seed dumps the text-dump path was first written for (in {@code seeds/}).
 */
class SeedDumpsTests {

	private static final List<String> CHROME = List.of("Connect with us", "Published", "on", "Click to comment",
			"Leave a Reply", "Post a Comment", "LEAVE A REPLY", "KOMENTAR", "Source link", "Previous Post Next Post",
			".", "Entertainment", "31", "0", "MDN", "Binsar", "Membumi.com");

	private final ArticleExtractor extractor = new ArticleExtractor();

	private ExtractedArticle seed(String prefix) throws IOException, ExtractionException {
		try (var files = Files.list(Path.of("seeds"))) {
			Path file = files.filter((p) -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
			return this.extractor.extract(Files.readAllBytes(file), null, null);
		}
	}

	@Test
	void readsTheHeadlineNotBreadcrumbsCountersOrCategories() throws Exception {
		assertThat(seed("000").title()).isEqualTo("Korea Utara berjanji memberikan dukungan penuh kepada Moskow (1)");
		assertThat(seed("001").title()).isEqualTo(
				"Pemimpin Korea Utara Kim Jong Un tegaskan kembali dukungan tanpa syarat terhadap 'semua' tindakan Rusia di Ukraina");
		assertThat(seed("002").title()).isEqualTo("Putin-Kim Jong Un Bentuk ‘Aliansi Darah’, AS Cs Mulai Keder");
		assertThat(seed("003").title())
			.isEqualTo("Putin dari Rusia akan mengunjungi Korea Utara, di tengah meningkatnya kerja sama militer");
		assertThat(seed("004").title()).isEqualTo("Di Hadapan Putin, Kim Jong Un Pastikan Korea Utara Dukung Rusia");
	}

	@Test
	void namesTheOutletOnlyWhenThePageNamesIt() throws Exception {
		assertThat(seed("000").outlet()).isEqualTo("Membumi.com");
		assertThat(seed("001").outlet()).isNull();
		assertThat(seed("002").outlet()).isEqualTo("pelita.online");
		assertThat(seed("003").outlet()).isNull();
		assertThat(seed("004").outlet()).isEqualTo("MDN");
	}

	@Test
	void readsTheBylineAndTheDateLineUnderTheTitle() throws Exception {
		ExtractedArticle article = seed("004");
		assertThat(article.author()).isEqualTo("Binsar");
		assertThat(article.published()).isNotNull();
		assertThat(article.published().dateTime()).isEqualTo(OffsetDateTime.parse("2023-09-14T11:22+07:00"));
		assertThat(article.published().timeKnown()).isTrue();
	}

	@Test
	void takesNoPublicationDateFromDatesInsideTheBody() throws Exception {
		for (String seed : List.of("000", "001", "002", "003")) {
			assertThat(seed(seed).published()).as(seed).isNull();
		}
	}

	@Test
	void collectsCitedSourcesAndKeepsCreditLinesOutOfTheBody() throws Exception {
		ExtractedArticle first = seed("000");
		// "Kantor Berita Pusat Korea Utara melaporkan": the agency file knows KCNA by
		// that name.
		assertThat(first.citedSources()).containsExactly("The Associated Press", "Kantor Berita Pusat Korea Utara");
		assertThat(GoldenFiles.bodyTexts(first)).noneMatch((t) -> t.startsWith("Source"));
		ExtractedArticle third = seed("002");
		assertThat(third.citedSources()).containsExactly("cnbcindonesia.com", "KCNA", "AFP");
		assertThat(GoldenFiles.bodyTexts(third)).noneMatch((t) -> t.startsWith("sumber"));
		assertThat(seed("004").citedSources()).contains("Kyodonews", "KCNA", "TASS").doesNotContain("MDN");
		assertThat(seed("001").citedSources()).contains("KCNA", "TASS");
	}

	@Test
	void leavesNoChromeLineInAnyBody() throws Exception {
		for (String seed : List.of("000", "001", "002", "003", "004")) {
			List<String> body = GoldenFiles.bodyTexts(seed(seed));
			assertThat(body).as(seed).doesNotContainAnyElementsOf(CHROME);
			assertThat(body).as(seed).noneMatch((t) -> t.startsWith("AP Images") || t.endsWith("[ist]"));
		}
	}

	@Test
	void keepsEachRepeatedParagraphOnceAndTheCompleteCopyOfATruncatedOne() throws Exception {
		for (String seed : List.of("000", "001", "002", "003", "004")) {
			List<String> body = GoldenFiles.bodyTexts(seed(seed));
			Set<String> seen = new HashSet<>();
			assertThat(body).as(seed).allMatch(seen::add);
		}
		List<String> body = GoldenFiles.bodyTexts(seed("000"));
		assertThat(body).filteredOn((t) -> t.startsWith("Hal ini mengingatkan")).hasSize(1);
		assertThat(body).filteredOn((t) -> t.startsWith("Disisi lain Washington"))
			.containsExactly("Disisi lain Washington menuduh Korea Utara menyediakan senjata kepada Rusia, termasuk "
					+ "menjual peluru artileri kepada kelompok tentara bayaran Rusia, Wagner. Namun Pejabat Rusia dan "
					+ "Korea Utara membantah klaim tersebut.");
		assertThat(body.get(0)).startsWith("SEOUL – Pemimpin Korea Utara");
	}

	@Test
	void removesTheOutletDatelineFromTheFirstParagraph() throws Exception {
		assertThat(GoldenFiles.bodyTexts(seed("002")).get(0))
			.startsWith("Presiden Rusia Vladimir Putin telah menerima undangan");
	}

	@Test
	void marksShortUnpunctuatedLinesBetweenParagraphsAsSubheadings() throws Exception {
		assertThat(seed("002").body()).contains(Block.heading("Teman Lama"), Block.heading("‘Aliansi Darah’"));
		assertThat(seed("001").body()).contains(Block.heading("Terintegrasi ke dalam perang Rusia"));
	}

	@Test
	void guessesIndonesianAndCountsBodyWords() throws Exception {
		ExtractedArticle article = seed("003");
		assertThat(article.language()).isEqualTo("id");
		assertThat(article.wordCount()).isBetween(450, 560);
		assertThat(GoldenFiles.bodyTexts(article)).doesNotContain(article.title());
	}

}
