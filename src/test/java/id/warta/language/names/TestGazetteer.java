package id.warta.language.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * A small gazetteer in the file's format, so that the matching rules are tested apart
 * from what the shipped file happens to list.
 */
final class TestGazetteer {

	static final String LINES = String.join("\n", "# kind\tslug\tname\taliases\tmetonyms\tcountry\toffice",
			"country\trusia\tRusia\tRussia, Federasi Rusia\tMoskow, Moscow, Kremlin\t\t",
			"country\tamerika-serikat\tAmerika Serikat\tAS, US, USA, Amerika\tWashington, Gedung Putih, Negeri Paman Sam\t\t",
			"country\tkorea-utara\tKorea Utara\tKorut, DPRK, North Korea\tPyongyang\t\t",
			"country\tsri-lanka\tSri Lanka\t\tKolombo\t\t", "country\tindonesia\tIndonesia\tRI\t\t\t",
			"organisation\tpbb\tPBB\tPerserikatan Bangsa-Bangsa, UN, United Nations\t\t\t",
			"institution\tkemlu\tKementerian Luar Negeri\tKemlu, Kemenlu\t\tindonesia\t",
			"person\tvladimir-putin\tVladimir Putin\tPutin\t\trusia\tPresiden Rusia (2000–2008, 2012–)",
			"person\tkim-jong-un\tKim Jong Un\tKim Jong-un\t\tkorea-utara\tPemimpin Tertinggi Korea Utara (2011–)",
			"person\tsergey-lavrov\tSergey Lavrov\tSergei Lavrov, Lavrov\t\trusia\tMenteri Luar Negeri Rusia (2004–)",
			"person\tsri-mulyani-indrawati\tSri Mulyani Indrawati\tSri Mulyani\t\tindonesia\tMenteri Keuangan Indonesia",
			"person\tretno-marsudi\tRetno Marsudi\tRetno, Menlu Retno\t\tindonesia\tMenteri Luar Negeri Indonesia (2014–2024)",
			"place\tvostochny\tKosmodrom Vostochny\tVostochny Cosmodrome, Vostochny\t\trusia\t");

	private TestGazetteer() {
	}

	static Gazetteer gazetteer() {
		try {
			return Gazetteer.parse(new BufferedReader(new StringReader(LINES)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
