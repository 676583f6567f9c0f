package id.warta.scraper;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Date lines in the forms Indonesian and English news pages print.
 */
class DateLineParserTests {

	@ParameterizedTest
	@CsvSource(delimiter = '=', textBlock = """
			Thursday, 14-09-2023 | 11:22 am = 2023-09-14T11:22+07:00
			Kamis, 7 Maret 2024 | 09:15 WIB = 2024-03-07T09:15+07:00
			14 September 2023 10:00 WIB = 2023-09-14T10:00+07:00
			Senin, 12 Feb 2024 14:30 WITA = 2024-02-12T14:30+08:00
			Published: Jun 20, 2024 10:15 pm = 2024-06-20T22:15+07:00
			Kompas.com - 14/09/2023, 10:00 WIB = 2023-09-14T10:00+07:00
			Jumat, 15 Agustus 2025 12:00 am = 2025-08-15T00:00+07:00
			2024-03-07 08:00 GMT = 2024-03-07T08:00Z
			""")
	void readsDateAndTime(String line, String expected) {
		var date = DateLineParser.parseDateLine(line).orElseThrow();
		assertThat(date.dateTime()).isEqualTo(OffsetDateTime.parse(expected));
		assertThat(date.timeKnown()).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '=', textBlock = """
			Rabu (13/9/2023) = 2023-09-13
			Senin, 12 Februari 2024 = 2024-02-12
			Posted on 7 Maret 2024 by redaksi = 2024-03-07
			November 20, 2019 = 2019-11-20
			Rabu (13/9/23) = 2023-09-13
			""")
	void readsDatesWithoutTime(String line, String expected) {
		var date = DateLineParser.parseDateLine(line).orElseThrow();
		assertThat(date.date()).isEqualTo(LocalDate.parse(expected));
		assertThat(date.timeKnown()).isFalse();
		assertThat(date.toIso()).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Dilansir kantor berita Korut, KCNA, Kim mengadakan pertemuan dengan Putin pada hari Rabu (13/9/2023).",
			"Jepang pada Kamis (14/9/2023) memperingatkan terhadap segala pelanggaran larangan PBB", "31", "Binsar",
			"Rabu (31/2/2023)", "Home Uncategorized Putin dari Rusia akan mengunjungi Korea Utara" })
	void rejectsDatesInsideSentencesAndNonDates(String line) {
		assertThat(DateLineParser.parseDateLine(line)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '=', textBlock = """
			2023-09-13T18:30:00+07:00 = 2023-09-13T18:30+07:00
			2024-06-19T22:40:00Z = 2024-06-19T22:40Z
			2024-06-19 22:40:00 = 2024-06-19T22:40+07:00
			2024-06-19T22:40:00+0900 = 2024-06-19T22:40+09:00
			""")
	void readsMachineDates(String value, String expected) {
		assertThat(DateLineParser.parseMachineDate(value).orElseThrow().dateTime())
			.isEqualTo(OffsetDateTime.parse(expected));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '=', textBlock = """
			2024-03-07T09:15:00+07:00 = 2024-03-07T09:15+07:00
			2024-03-07T02:15:00Z = 2024-03-07T02:15Z
			2022/12/10 13:19:56 = 2022-12-10T13:19:56+07:00
			2017-02-17 13:30:08 = 2017-02-17T13:30:08+07:00
			2022-12-10T13-19-56Z = 2022-12-10T13:19:56+07:00
			2024-03-07 09:15:00+0700 = 2024-03-07T09:15+07:00
			Kamis, 7 Maret 2024 | 09:15 WIB = 2024-03-07T09:15+07:00
			""")
	void readsMachineDatesAsPagesWriteThemWithWibWhenNoZoneIsReal(String value, String expected) {
		var date = DateLineParser.parseMachineDate(value).orElseThrow();
		assertThat(date.dateTime()).isEqualTo(OffsetDateTime.parse(expected));
	}

}
