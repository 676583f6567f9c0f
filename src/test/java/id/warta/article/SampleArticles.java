package id.warta.article;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import id.warta.scraper.Block;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.PublicationDate;
import org.springframework.context.ApplicationContext;

/**
 * The articles the page tests read, stored straight through {@link ArticleStore} so that
 * the tests do not depend on what the extractor makes of real pages.
 * <p>
 * 45 articles: 40 economy reports from Antara and Kompas (newest, one a day back from 31
 * December 2023, each on other goods, partners and provinces, so each its own story),
 * then the Natuna article, the article with a script tag for a title, one from an unknown
 * outlet, and last two undated ones. Antara 21, Kompas 21, Tempo 1, unknown outlet 2.
 */
public final class SampleArticles {

	public static final int TOTAL = 45;

	public static final int REPORTS = 40;

	public static final String NATUNA_TITLE = "Perundingan damai di Laut Natuna dilanjutkan";

	public static final String NATUNA_HEADING = "Latar belakang sengketa";

	public static final String SCRIPT_TITLE = "<script>alert('x')</script>";

	public static final String UNKNOWN_OUTLET_TITLE = "Kunjungan menteri luar negeri ke Jakarta";

	public static final String UNDATED_TITLE = "Opini tanpa tanggal tentang diplomasi";

	public static final String UNDATED_UNKNOWN_OUTLET_TITLE = "Catatan tanpa tanggal tentang ASEAN";

	private static final ZoneOffset WIB = PublicationDate.WIB;

	private static final String[] GOODS = { "kopi", "karet", "nikel", "teh", "kakao", "cengkeh", "lada", "timah",
			"udang", "tuna", "rotan", "vanili", "gambir", "pala", "kayu manis", "bauksit", "tembaga", "garam",
			"rumput laut", "kelapa" };

	private static final String[] PARTNERS = { "Jepang", "India", "Belanda", "Mesir", "Kanada", "Brasil", "Turki",
			"Meksiko", "Swedia", "Nigeria", "Peru", "Polandia", "Kenya", "Chili", "Norwegia", "Maroko", "Portugal",
			"Yunani", "Kolombia", "Ghana", "Irlandia" };

	private static final String[] SENTENCES = { "{province} mengirim {goods} ke {partner} lewat pelabuhan baru.",
			"Pembeli dari {partner} memesan {goods} asal {province} untuk musim depan.",
			"Harga {goods} naik setelah {partner} membuka pasar.",
			"Pedagang di {province} menunggu kontrak berikutnya.",
			"Petani {goods} berharap panen tetap baik tahun ini.",
			"Eksportir menyiapkan gudang tambahan di {province}.",
			"Bea cukai {partner} memeriksa muatan {goods} lebih ketat.",
			"Koperasi {province} mencatat rekor penjualan {goods}.", "Kapal pengangkut {goods} tertahan cuaca buruk.",
			"Bank daerah menawarkan kredit murah bagi pengusaha {goods}.",
			"Peneliti kampus {province} menguji bibit {goods} unggul.",
			"Duta besar {partner} meninjau pabrik pengolahan {goods}.",
			"Ongkos angkut ke {partner} turun sepuluh persen.", "Asosiasi {goods} meminta pungutan ekspor dihapus." };

	private static final String[] PROVINCES = { "Aceh", "Lampung", "Bengkulu", "Jambi", "Riau", "Gorontalo", "Maluku",
			"Banten", "Sulawesi Tenggara", "Kalimantan Barat", "Nusa Tenggara Timur", "Papua Barat", "Sumatra Utara" };

	private SampleArticles() {
	}

	/**
	 * Stores the articles unless the database already holds them: the page tests share
	 * one application context and so one database.
	 */
	public static synchronized void ensureStored(ApplicationContext context) {
		if (context.getBean(ArticleCatalog.class).count() > 0) {
			return;
		}
		ArticleStore store = context.getBean(ArticleStore.class);
		List<ExtractedArticle> articles = all();
		for (int i = 0; i < articles.size(); i++) {
			ImportResult result = store.store("test:sample-" + i, articles.get(i));
			if (result.status() != ImportResult.Status.IMPORTED) {
				throw new IllegalStateException("Sample " + i + " not stored: " + result);
			}
		}
	}

	/**
	 * The title of the n-th economy report, 1 being the newest.
	 */
	public static String reportTitle(int n) {
		return "Laporan " + reportPhrase(n) + " ke-" + n;
	}

	/**
	 * The words that only the n-th economy report's title holds: its goods and province.
	 */
	public static String reportPhrase(int n) {
		return GOODS[(n - 1) % GOODS.length] + " " + PROVINCES[(n * 7) % PROVINCES.length];
	}

	/**
	 * The outlet of the n-th economy report.
	 */
	public static String reportOutlet(int n) {
		return (n % 2 == 0) ? "Antara" : "Kompas";
	}

	static List<ExtractedArticle> all() {
		List<ExtractedArticle> articles = new ArrayList<>();
		for (int n = 1; n <= REPORTS; n++) {
			OffsetDateTime published = OffsetDateTime.of(2024, 1, 1, 8, 0, 0, 0, WIB).minusDays(n);
			// Each report on other goods, partners and provinces: forty events, not one
			// story.
			String goods = GOODS[(n - 1) % GOODS.length];
			String partner = PARTNERS[(n - 1) % PARTNERS.length];
			String province = PROVINCES[(n * 7) % PROVINCES.length];
			List<Block> body = new ArrayList<>();
			for (int k = 0; k < 3; k++) {
				String template = SENTENCES[(n * 5 + k * 7) % SENTENCES.length];
				body.add(Block.paragraph(template.replace("{goods}", goods)
					.replace("{partner}", partner)
					.replace("{province}", province)));
			}
			articles.add(new ExtractedArticle(reportTitle(n), reportOutlet(n), null, PublicationDate.of(published),
					List.of(), "id", body, 20));
		}
		articles.add(new ExtractedArticle(NATUNA_TITLE, "Antara", "Rina Suryani",
				PublicationDate.of(OffsetDateTime.of(2023, 9, 14, 11, 22, 0, 0, WIB)), List.of("Reuters", "AFP"), "id",
				List.of(Block.paragraph("Indonesia dan Tiongkok melanjutkan perundingan tentang batas laut di Natuna."),
						Block.heading(NATUNA_HEADING),
						Block.paragraph("Sengketa ini sudah berlangsung lama dan melibatkan nelayan.")),
				600));
		articles.add(new ExtractedArticle(SCRIPT_TITLE, "Tempo", null,
				PublicationDate.ofDate(LocalDate.of(2023, 9, 10)), List.of(), "id",
				List.of(Block.paragraph("Judul ini mencoba menyisipkan <b>markup</b> ke halaman.")), 9));
		articles.add(new ExtractedArticle(UNKNOWN_OUTLET_TITLE, null, null,
				PublicationDate.ofDate(LocalDate.of(2023, 8, 1)), List.of(), "id",
				List.of(Block.paragraph("Menteri luar negeri berkunjung ke Jakarta untuk membahas kerja sama.")), 10));
		articles.add(new ExtractedArticle(UNDATED_TITLE, "Kompas", null, null, List.of(), "id",
				List.of(Block.paragraph("Diplomasi Indonesia perlu arah yang jelas.")), 6));
		articles.add(new ExtractedArticle(UNDATED_UNKNOWN_OUTLET_TITLE, null, null, null, List.of(), "id",
				List.of(Block.paragraph("ASEAN bertemu lagi tahun depan.")), 5));
		return articles;
	}

}
