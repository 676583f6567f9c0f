package id.warta.scraper;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jazzer fuzz tests of the date parsers: any line gives a date of a plausible year or
 * none, never an exception.
 */
class DateLineFuzzTests {

	@FuzzTest(maxDuration = "10m")
	void dateLinesGiveADateOrNone(byte[] bytes) {
		String line = new String(bytes, StandardCharsets.UTF_8);
		DateLineParser.parseDateLine(line)
			.ifPresent((date) -> assertThat(date.dateTime().getYear()).isBetween(1900, 2200));
		DateLineParser.parseMachineDate(line).ifPresent((date) -> assertThat(date.dateTime()).isNotNull());
	}

}
