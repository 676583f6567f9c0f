package id.warta.scraper;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One outlet, one name, from the data file.
 */
class OutletsTests {

	@Test
	void namesAnOutletByItsHostAndItsSections() {
		assertThat(Outlets.forUrl(URI.create("https://news.detik.com/berita/d-1/x"))).contains("detik.com");
		assertThat(Outlets.forUrl(URI.create("https://inet.detik.com/x"))).contains("detik.com");
		assertThat(Outlets.forUrl(URI.create("https://www.bbc.com/indonesia/articles/c1")))
			.contains("BBC News Indonesia");
		assertThat(Outlets.forUrl(URI.create("https://www.bbc.com/news/world-1"))).isEmpty();
		assertThat(Outlets.forUrl(URI.create("https://blog.example.org/a"))).isEmpty();
		assertThat(Outlets.forUrl(null)).isEmpty();
	}

	@Test
	void mapsSectionBrandsAndCompanyNamesToTheOutlet() {
		assertThat(Outlets.forName("detikNews")).contains("detik.com");
		assertThat(Outlets.forName("detikinet")).contains("detik.com");
		assertThat(Outlets.forName("Kompas Cyber Media")).contains("Kompas.com");
		assertThat(Outlets.forName("PT. VIVA MEDIA BARU - VIVA.co.id")).contains("VIVA.co.id");
		assertThat(Outlets.forName("Harian Khatulistiwa")).isEmpty();
	}

}
