package id.warta.language.names;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class YearsTests {

	@Test
	void readsRangesAnOpenEndAndALoneYear() {
		Years years = Years.parse("2000–2008, 2012–, 1998");
		assertThat(years.contains(1998)).isTrue();
		assertThat(years.contains(1999)).isFalse();
		assertThat(years.contains(2000)).isTrue();
		assertThat(years.contains(2008)).isTrue();
		assertThat(years.contains(2009)).isFalse();
		assertThat(years.contains(2011)).isFalse();
		assertThat(years.contains(2012)).isTrue();
		assertThat(years.contains(Years.LAST)).as("an open end runs to the last year").isTrue();
		assertThat(years.toString()).isEqualTo("1998, 2000–2008, 2012–");
	}

	@Test
	void takesAHyphenForAnEnDashAndSkipsEmptyRanges() {
		assertThat(Years.parse("2014-2024, ,")).isEqualTo(Years.parse("2014–2024"))
			.hasSameHashCodeAs(Years.parse("2014–2024"));
		assertThat(Years.parse("2014-2024")).isNotEqualTo(Years.parse("2014–2025"));
		assertThat(Years.parse("")).matches(Years::isEmpty).hasToString("");
	}

	@Test
	void knowsNoYearOutsideTheRangeItCovers() {
		Years all = Years.all();
		assertThat(all.contains(Years.FIRST)).isTrue();
		assertThat(all.contains(Years.LAST)).isTrue();
		assertThat(all.contains(Years.FIRST - 1)).isFalse();
		assertThat(all.contains(Years.LAST + 1)).isFalse();
		assertThat(all).hasToString("1900–");
		assertThat(Years.parse("1900, 2100")).hasToString("1900, 2100");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2008–2000", "1899", "2101", "1899–2000", "2000–2101", "2000–2004–2008", "kemarin" })
	void refusesWhatIsNoRangeOfYears(String ranges) {
		assertThatIllegalArgumentException().isThrownBy(() -> Years.parse(ranges));
	}

	@Test
	void intersectsAndUnitesSetsOfYears() {
		Years putin = Years.parse("2000–2008, 2012–");
		Years retno = Years.parse("2014–2024");
		Years medvedev = Years.parse("2009–2011");
		assertThat(putin.intersect(retno)).hasToString("2014–2024");
		assertThat(putin.intersects(retno)).isTrue();
		assertThat(putin.intersect(medvedev).isEmpty()).isTrue();
		assertThat(putin.intersects(medvedev)).isFalse();
		assertThat(putin.union(medvedev)).hasToString("2000–");
		assertThat(retno.union(medvedev)).hasToString("2009–2011, 2014–2024");
		assertThat(putin).as("unchanged by either").hasToString("2000–2008, 2012–");
	}

}
