package id.warta.source;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalUrlTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			HTTPS://Berita.Example.CO.ID:443/Politik/Artikel-Satu/ | https://berita.example.co.id/Politik/Artikel-Satu
			http://example.com:80/a?utm_source=x&id=5&utm_medium=y#komentar | http://example.com/a?id=5
			https://example.com/a?fbclid=abc&gclid=def | https://example.com/a
			https://example.com:8443//a//b/ | https://example.com:8443/a/b
			https://example.com | https://example.com/
			https://example.com/a?amp=1&page=2 | https://example.com/a?page=2
			https://Example.com./a | https://example.com/a
			""")
	void normalisesAddresses(String url, String canonical) {
		assertThat(CanonicalUrl.of(url)).isEqualTo(canonical);
	}

	@ParameterizedTest
	@CsvSource({ "ftp://example.com/a", "javascript:alert(1)", "mailto:redaksi@example.com", "/relative/path",
			"https://contoh berita.com/a" })
	void refusesWhatIsNoWebAddress(String url) {
		assertThat(CanonicalUrl.of(url)).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "https://m.example.com/a, example.com", "https://amp.example.com/a, example.com",
			"https://www.example.com/a, example.com" })
	void treatsMobileAndAmpHostsAsTheSameSite(String url, String site) {
		assertThat(CanonicalUrl.siteOf(url)).isEqualTo(site);
	}

}
