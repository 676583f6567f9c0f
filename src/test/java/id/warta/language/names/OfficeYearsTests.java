package id.warta.language.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The years an article can be from, told by the offices it gives people, against the test
 * gazetteer and one governor whose years meet no one else's.
 */
class OfficeYearsTests {

	private static final Gazetteer GAZETTEER = gazetteer();

	private final OfficeYears offices = new OfficeYears(GAZETTEER);

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Presiden Rusia Vladimir Putin tiba di Beijing.                       | 2000–2008, 2012–
					Kata Presiden Putin kepada wartawan.                                 | 2000–2008, 2012–
					Menteri Luar Negeri Retno Marsudi bertemu mitranya.                  | 2014–2024
					Menlu RI Retno Marsudi bertemu mitranya.                             | 2014–2024
					Menlu Rusia Sergey Lavrov menjawab.                                  | 2004–
					Menteri Luar Negeri Retno Marsudi bertemu Presiden Rusia Vladimir Putin. | 2014–2024
					Pemimpin Tertinggi Korea Utara Kim Jong Un meninjau kosmodrom.       | 2011–
					Itu Presiden Rusia Vladimir Putin yang berbicara.                    | 2000–2008, 2012–
					Dalam kunjungan panjang ke kota tua itu pada pekan lalu, Presiden Rusia Vladimir Putin berpidato. | 2000–2008, 2012–
					""")
	void narrowsTheYearsToThoseOfTheOfficesGiven(String text, String years) {
		assertThat(yearsOf(text)).hasValue(years);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Vladimir Putin tiba di Beijing.", "mantan Presiden Rusia Vladimir Putin tiba.",
			"Presiden Rusia Vladimir Putin saat itu menolak.", "Presiden Rusia Vladimir Putin, kala itu, menolak.",
			"Pada saat itu Presiden Rusia Vladimir Putin menolak.", "Presiden Korea Utara Vladimir Putin tiba.",
			"Menteri Keuangan Sri Mulyani Indrawati menjawab.", "Menteri Dalam Negeri Retno Marsudi menjawab.",
			"Gubernur Budi Santoso bertemu Menteri Luar Negeri Retno Marsudi." })
	void tellsNothingFromTitlesOfAnotherTimeAnotherCountryOrThatContradictEachOther(String text) {
		assertThat(yearsOf(text)).isEmpty();
	}

	private Optional<String> yearsOf(String text) {
		return this.offices.of(text, GAZETTEER.mentions(text)).map(Years::toString);
	}

	private static Gazetteer gazetteer() {
		String lines = TestGazetteer.LINES
				+ "\nperson\tbudi-santoso\tBudi Santoso\t\t\tindonesia\tGubernur (1998–2003)";
		try {
			return Gazetteer.parse(new BufferedReader(new StringReader(lines)));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
