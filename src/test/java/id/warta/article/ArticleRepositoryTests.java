package id.warta.article;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import id.warta.TemporaryDataDir;
import id.warta.scraper.Block;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.PublicationDate;
import id.warta.system.ResultPage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@Import({ ArticleIndexConfiguration.class, ArticleStore.class, ArticleCatalog.class, TestClock.class })
class ArticleRepositoryTests {

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		TemporaryDataDir.register(registry);
	}

	@Autowired
	ArticleStore store;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	EntityManager entityManager;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void storesTheSameContentOnce() {
		ImportResult first = this.store.store("a.txt", article("Judul", "MDN", null, "Isi berita."));
		ImportResult second = this.store.store("b.txt", article("Judul", "MDN", null, "Isi   berita."));
		assertThat(first.status()).isEqualTo(ImportResult.Status.IMPORTED);
		assertThat(second.status()).isEqualTo(ImportResult.Status.DUPLICATE);
		assertThat(this.catalog.count()).isEqualTo(1);
	}

	@Test
	void storesABatchWithItsDuplicatesAndOutletsOnce() {
		this.store.store("stored", article("Sudah ada", "MDN", null, "Isi lama."));
		List<ImportResult> results = this.store
			.storeAll(List.of(new IncomingArticle("a", article("Satu", "MDN", null, "Isi satu.")),
					new IncomingArticle("b", article("Sudah ada", "MDN", null, "Isi   lama.")),
					new IncomingArticle("c", article("Dua", "Outlet Baru", null, "Isi dua.")),
					new IncomingArticle("d", article("Satu", "Outlet Baru", null, "Isi satu.")),
					new IncomingArticle("e", article("Tiga", "Outlet Baru", null, "Isi tiga."))));
		assertThat(results).extracting(ImportResult::source).containsExactly("a", "b", "c", "d", "e");
		assertThat(results).extracting(ImportResult::status)
			.containsExactly(ImportResult.Status.IMPORTED, ImportResult.Status.DUPLICATE, ImportResult.Status.IMPORTED,
					ImportResult.Status.DUPLICATE, ImportResult.Status.IMPORTED);
		assertThat(results.get(0).articleId()).isNotNull();
		assertThat(this.catalog.count()).isEqualTo(4);
		assertThat(this.catalog.outlets()).extracting(OutletCount::name, OutletCount::count)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("MDN", 2L),
					org.assertj.core.groups.Tuple.tuple("Outlet Baru", 2L));
		assertThat(this.catalog.find(results.get(4).articleId()).orElseThrow().title()).isEqualTo("Tiga");
	}

	@Test
	void normalisesWhiteSpaceAsTheRegexDid() {
		java.util.SplittableRandom random = new java.util.SplittableRandom(7);
		char[] alphabet = { 'a', 'b', ' ', '\t', '\n', '\r', '\f', 0x0B, '\u00a0', '\u2003', '\u001c', 'é' };
		for (int n = 0; n < 20_000; n++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(12); i > 0; i--) {
				text.append(alphabet[random.nextInt(alphabet.length)]);
			}
			String input = text.toString();
			assertThat(ArticleStore.normalise(input)).as("normalise(%s)", input)
				.isEqualTo(input.strip().replaceAll("\\s+", " "));
		}
	}

	@Test
	void listsNewestFirstWithUndatedArticlesLast() {
		this.store.store("old", article("Lama", "MDN", PublicationDate.ofDate(LocalDate.of(2020, 1, 1)), "a"));
		this.store.store("undated", article("Tanpa tanggal", null, null, "b"));
		this.store.store("new", article("Baru", "Membumi.com",
				PublicationDate.of(OffsetDateTime.parse("2023-09-14T11:22:00+07:00")), "c"));
		ResultPage<ArticleSummary> page = this.catalog.list(null, 1, 20);
		assertThat(page.items()).extracting(ArticleSummary::title).containsExactly("Baru", "Lama", "Tanpa tanggal");
		assertThat(page.total()).isEqualTo(3);
	}

	@Test
	void filtersByOutletAndCountsUnknownOutletsLast() {
		this.store.store("1", article("Satu", "MDN", null, "a"));
		this.store.store("2", article("Dua", "MDN", null, "b"));
		this.store.store("3", article("Tiga", "Membumi.com", null, "c"));
		this.store.store("4", article("Empat", null, null, "d"));
		assertThat(this.catalog.outlets()).containsExactly(new OutletCount("MDN", "mdn", 2),
				new OutletCount("Membumi.com", "membumi-com", 1), new OutletCount(null, OutletSlugs.UNKNOWN, 1));
		assertThat(this.catalog.list("membumi-com", 1, 20).items()).extracting(ArticleSummary::title)
			.containsExactly("Tiga");
		assertThat(this.catalog.list(OutletSlugs.UNKNOWN, 1, 20).items()).extracting(ArticleSummary::title)
			.containsExactly("Empat");
		assertThat(this.catalog.list("no-such-outlet", 1, 20).items()).isEmpty();
	}

	@Test
	void outletCountsFollowNewArticles() {
		this.store.store("1", article("Satu", "MDN", null, "a"));
		assertThat(this.catalog.outlets()).containsExactly(new OutletCount("MDN", "mdn", 1));
		assertThat(this.catalog.outlets()).containsExactly(new OutletCount("MDN", "mdn", 1));
		this.store.store("2", article("Dua", "MDN", null, "b"));
		this.store.store("3", article("Tiga", null, null, "c"));
		assertThat(this.catalog.outlets()).containsExactly(new OutletCount("MDN", "mdn", 2),
				new OutletCount(null, OutletSlugs.UNKNOWN, 1));
	}

	@Test
	void listsNeverLoadBodies() {
		this.store.store("1", article("Satu", "MDN", null, "Paragraf pertama yang panjang."));
		this.entityManager.clear();
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.catalog.list(null, 1, 20);
		this.catalog.summaries(List.of(1L, 2L));
		assertThat(statistics.getCollectionLoadCount()).isZero();
		assertThat(statistics.getEntityLoadCount()).isZero();
	}

	@Test
	void keepsBodyOrderHeadingsAndCitedSources() {
		ImportResult result = this.store.store("x",
				new ExtractedArticle("Judul", "MDN", "Binsar", null, List.of("KCNA", "AFP"), "id",
						List.of(Block.paragraph("Satu."), Block.heading("Sub"), Block.paragraph("Dua.")), 3));
		this.entityManager.clear();
		ArticleView view = this.catalog.find(result.articleId()).orElseThrow();
		assertThat(view.body()).containsExactly(new ArticleView.BodyBlock(false, "Satu."),
				new ArticleView.BodyBlock(true, "Sub"), new ArticleView.BodyBlock(false, "Dua."));
		assertThat(view.citedSources()).containsExactly("KCNA", "AFP");
		assertThat(view.author()).isEqualTo("Binsar");
		assertThat(view.outletName()).isEqualTo("MDN");
	}

	@Test
	void shortensTheLeadAtAWordBoundary() {
		String longParagraph = "kata ".repeat(200).strip();
		this.store.store("x", article("Judul", null, null, longParagraph));
		String lead = this.catalog.list(null, 1, 1).items().get(0).lead();
		assertThat(lead).hasSizeLessThanOrEqualTo(ArticleStore.LEAD_LENGTH + 1).endsWith("kata…");
	}

	private static ExtractedArticle article(String title, @Nullable String outlet, @Nullable PublicationDate date,
			String body) {
		return new ExtractedArticle(title, outlet, null, date, List.of(), "id", List.of(Block.paragraph(body)),
				body.split("\\s+").length);
	}

}
