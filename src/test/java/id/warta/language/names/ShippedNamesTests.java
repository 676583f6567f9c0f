package id.warta.language.names;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the shipped gazetteer and agency file make of the names news text uses.
 */
class ShippedNamesTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Moskow membantah tuduhan itu                    | rusia
			Kremlin menyambut baik usulan tersebut          | rusia
			Pyongyang meluncurkan rudal                     | korea-utara
			Washington menjatuhkan sanksi baru              | amerika-serikat
			juru bicara Gedung Putih                        | amerika-serikat
			Negeri Paman Sam menolak                        | amerika-serikat
			Beijing memprotes                               | tiongkok
			Negeri Tirai Bambu mengirim kapal               | tiongkok
			Kyiv meminta bantuan                            | ukraina
			Canberra memanggil duta besarnya                | australia
			Presiden Jokowi tiba                            | joko-widodo
			resolusi Perserikatan Bangsa-Bangsa             | pbb
			pertemuan ASEAN di Jakarta                      | asean
			Menlu Retno Marsudi                             | retno-marsudi
			kapal China Coast Guard                         | penjaga-pantai-china
			di Laut Natuna Utara                            | laut-natuna-utara
			""")
	void resolvesNamesMetonymsAndAliases(String text, String slug) {
		assertThat(Gazetteer.standard().mentions(text).slugs()).contains(slug);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			ANTARA                 | antara      | Antara
			antaranews.com         | antara      | Antara
			en.antaranews.com      | antara      | Antara
			Kantor Berita Antara   | antara      | Antara
			tass.ru                | tass        | TASS
			Tass                   | tass        | TASS
			kcna.kp                | kcna        | KCNA
			Kantor Berita Pusat Korea Utara | kcna | KCNA
			cnbcindonesia.com      | cnbc-indonesia | CNBC Indonesia
			The Associated Press   | ap          | AP
			Kyodonews              | kyodo       | Kyodo
			https://www.reuters.com/world | reuters | Reuters
			""")
	void givesEachAgencyOneName(String cited, String slug, String name) {
		Agency agency = Agencies.standard().normalise(cited);
		assertThat(agency.slug()).isEqualTo(slug);
		assertThat(agency.name()).isEqualTo(name);
		assertThat(agency.known()).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "Harian Lokal Sejahtera, harian-lokal-sejahtera", "'  Pos  Kota  ', pos-kota" })
	void anUnlistedCreditKeepsItsOwnName(String cited, String slug) {
		Agency agency = Agencies.standard().normalise(cited);
		assertThat(agency.known()).isFalse();
		assertThat(agency.slug()).isEqualTo(slug);
		assertThat(List.of(agency.name())).doesNotContain("");
	}

}
