package id.warta.language.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextDatesTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			pada Rabu (13/9/2023) malam                          | 2023-09-13
			ketika bertemu pada rabu (13/9/23), kata dia          | 2023-09-13
			Selasa-Rabu (12-13/1/2021) di Jakarta                 | 2021-01-13
			pada Kamis, 14 September 2023 lalu                    | 2023-09-14
			KTT pada 15-16 November 2022 di Nusa Dua              | 2022-11-15
			digelar 18 dan 19 Juni 2024                           | 2024-06-18
			on Wednesday, November 16, 2022, leaders              | 2022-11-16
			tanggal 4 Sept 2023.                                  | 2023-09-04
			Rabu, 13/9/2023 pukul 10.00                           | 2023-09-13
			""")
	void readsFullDatesInTheirManyForms(String text, LocalDate expected) {
		List<TextDate> dates = TextDates.mentions(text);
		assertThat(dates).hasSize(1);
		assertThat(dates.get(0).date()).contains(expected);
	}

	@Test
	void keepsTheWeekdayWithTheDate() {
		TextDate date = TextDates.mentions("pada Rabu (13/9) di Vostochny").get(0);
		assertThat(date.monthDay()).isEqualTo(MonthDay.of(9, 13));
		assertThat(date.year()).isNull();
		assertThat(date.weekday()).isEqualTo(DayOfWeek.WEDNESDAY);
		assertThat(TextDates.mentions("Jum'at (15/7)").get(0).weekday()).isEqualTo(DayOfWeek.FRIDAY);
		assertThat(TextDates.mentions("Jum’at (15/7)").get(0).weekday()).isEqualTo(DayOfWeek.FRIDAY);
	}

	@Test
	void aWeekdayThatTheDateContradictsIsDropped() {
		// 13 September 2023 was a Wednesday, not a Monday.
		TextDate date = TextDates.mentions("Senin (13/9/2023)").get(0);
		assertThat(date.date()).contains(LocalDate.of(2023, 9, 13));
		assertThat(date.weekday()).isNull();
	}

	@Test
	void notEveryNumberIsADate() {
		assertThat(TextDates.mentions("sekitar 1/2 dari 30/40 tentara, skor 3/1")).isEmpty();
		assertThat(TextDates.mentions("kapal 5402 berlayar 12 mil laut; 25 menit kemudian")).isEmpty();
		assertThat(TextDates.mentions("(31/2) dan (13/13) dan 32 Mei")).isEmpty();
		assertThat(TextDates.mentions("")).isEmpty();
		assertThat(TextDates.mentions("Mei 2023 lalu")).isEmpty();
	}

	@Test
	void takesTheYearOfThePublicationDate() {
		LocalDate published = LocalDate.of(2023, 9, 14);
		assertThat(TextDates.resolved("Rabu (13/9)", published).get(0).date()).contains(LocalDate.of(2023, 9, 13));
		// Published in January: December is last year's.
		assertThat(TextDates.resolved("pada 28 Desember", LocalDate.of(2024, 1, 3)).get(0).date())
			.contains(LocalDate.of(2023, 12, 28));
		// An announcement of what comes soon.
		assertThat(TextDates.resolved("pada 18 dan 19 Juni", LocalDate.of(2024, 6, 13)).get(0).date())
			.contains(LocalDate.of(2024, 6, 18));
	}

	@Test
	void takesTheYearThatOtherDatesOfTheTextState() {
		List<TextDate> dates = TextDates.resolved("pada Rabu (13/9/2023) ... Jepang pada Kamis (14/9) memperingatkan",
				null);
		assertThat(dates.get(1).date()).contains(LocalDate.of(2023, 9, 14));
	}

	@Test
	void takesTheYearThatTheWeekdayAllowsAmongTheStatedOnes() {
		// 27 July was a Thursday in 2023, a Wednesday in 2022.
		String text = "Jokowi tiba di Chengdu, Kamis (27/7). Kunjungan ini menyusul lawatan ke Beijing pada 2022 "
				+ "dan sepuluh tahun kemitraan sejak 2013; Indonesia memegang keketuaan ASEAN 2023.";
		assertThat(TextDates.resolved(text, null).get(0).date()).contains(LocalDate.of(2023, 7, 27));
		// Next to the only stated year: "tahun lalu, 2022" beside a Tuesday 5 September.
		assertThat(TextDates.resolved("Selasa (5/9) malam, setahun setelah KTT 2022", null).get(0).date())
			.contains(LocalDate.of(2023, 9, 5));
	}

	@Test
	void leavesTheYearOutWhenNothingTellsIt() {
		assertThat(TextDates.resolved("pada tanggal 18 dan 19 Juni, kata dia", null).get(0).year()).isNull();
		// A weekday alone fits too many years.
		assertThat(TextDates.resolved("pada Rabu (13/9)", null).get(0).year()).isNull();
	}

	@Test
	void theEventDateIsTheLeadsDate() {
		List<String> paragraphs = List.of("pelita.online – Presiden Rusia menerima undangan.",
				"Kim mengadakan pertemuan dengan Putin pada hari Rabu (13/9/2023).",
				"Hasil dari pertemuan puncak para pemimpin tersebut.",
				"Jepang pada Kamis (14/9/2023) memperingatkan pelanggaran.");
		assertThat(TextDates.eventDate(paragraphs)).map(TextDate::date)
			.contains(java.util.Optional.of(LocalDate.of(2023, 9, 13)));
	}

	@Test
	void inTheLeadADateNamedWithItsWeekdayComesFirst() {
		List<String> paragraphs = List.of("Rapat digelar pada 4 September 2023.", "Pertemuan pada Rabu (13/9/2023).");
		assertThat(TextDates.eventDate(paragraphs).flatMap(TextDate::date)).contains(LocalDate.of(2023, 9, 13));
	}

	@Test
	void withoutAnyWeekdayTheEventDateIsTheTextsFirstDate() {
		List<String> paragraphs = List.of("Satu.", "Dua.", "Tiga.", "Rapat digelar pada 4 September 2023.",
				"Lalu pada 5 Oktober 2023.");
		assertThat(TextDates.eventDate(paragraphs).flatMap(TextDate::date)).contains(LocalDate.of(2023, 9, 4));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Rabu (13/9/23) di Jakarta  | 2023-09-13
			Sabtu (1/1/50) di Jakarta  | 2050-01-01
			Senin (1/1/51) di Jakarta  | 1951-01-01
			""")
	void readsTwoDigitYearsAsTheNearestCentury(String text, LocalDate expected) {
		assertThat(TextDates.mentions(text)).singleElement()
			.satisfies((date) -> assertThat(date.date()).contains(expected));
	}

	@Test
	void withoutADateInTheLeadTheEventDateIsTheFirstDayNamedWithItsWeekday() {
		List<String> paragraphs = List.of("Satu.", "Dua.", "Tiga.", "The New York Times melaporkan pada 4 September.",
				"Pertemuan digelar Rabu (13/9/2023).");
		assertThat(TextDates.eventDate(paragraphs).flatMap(TextDate::date)).contains(LocalDate.of(2023, 9, 13));
		assertThat(TextDates.eventDate(List.of("Tidak ada tanggal di sini.", "Hanya pekan lalu."))).isEmpty();
	}

	@Test
	void daysApartInTheYearWrapAroundNewYear() {
		assertThat(TextDate.daysApartInYear(MonthDay.of(12, 1), MonthDay.of(1, 3))).isEqualTo(33);
		assertThat(TextDate.daysApartInYear(MonthDay.of(6, 18), MonthDay.of(9, 13))).isEqualTo(87);
	}

	@Test
	void hostileInputFindsNothing() {
		String longText = "(1/1/".repeat(50_000) + "Rabu (".repeat(50_000) + "12 dan ".repeat(50_000);
		assertThat(TextDates.resolved(longText, null)).isEmpty();
		assertThat(TextDates.mentions("\u0000\uFFFF(\u0000/\u0000)")).isEmpty();
	}

}
