package id.warta.story;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

import id.warta.language.names.Years;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StoryFeaturesTests {

	private final StoryFeatureReader reader = new StoryFeatureReader();

	@Test
	void encodesAndDecodesEveryField() {
		StoryFeatures features = new StoryFeatures(Map.of("kim", 1), Map.of("kim", 1, "putin", 2), Map.of("rusia", 1),
				Map.of("kim", 3, "vostochny", 1), Map.of("rusia", 4), null, MonthDay.of(7, 27), DayOfWeek.THURSDAY,
				Years.parse("2017–2021, 2025–"), false);
		StoryFeatures decoded = StoryFeatures.decode(features.encode());
		assertThat(decoded).isEqualTo(features);
		StoryFeatures dated = new StoryFeatures(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
				LocalDate.of(2023, 9, 14), null, null, null, true);
		assertThat(StoryFeatures.decode(dated.encode())).isEqualTo(dated);
		assertThat(dated.monthDay()).isEqualTo(MonthDay.of(9, 14));
	}

	@Test
	void refusesWhatIsNoFeatures() {
		for (String bad : List.of("", "v1|x", "v2|||||||||", "v2|2023-13-01|||||||||", "v2||||||a:b||||")) {
			assertThatIllegalArgumentException().as(bad).isThrownBy(() -> StoryFeatures.decode(bad));
		}
	}

	@Test
	void readsTermsByTheIndexesAnalyzerAndTheDayFromTheText() {
		StoryFeatures features = this.reader.read("Perundingan damai di Jakarta",
				List.of("Kedua negara berunding pada Rabu (13/9/2023) di Jakarta.", "Mereka akan berunding lagi."),
				null);
		// "berunding" and "perundingan" are one term.
		assertThat(features.terms()).containsEntry("runding", 3);
		assertThat(features.day()).isEqualTo(LocalDate.of(2023, 9, 13));
		assertThat(features.dated()).isFalse();
		assertThat(features.entities()).containsKey("jakarta");
	}

	@Test
	void officesTellTheYearsOfAnUndatedArticle() {
		StoryFeatures features = this.reader.read("Trump menuduh Putin",
				List.of("Presiden AS Donald Trump menuduh Presiden Rusia Vladimir Putin berbohong."), null);
		assertThat(features.years()).isNotNull();
		assertThat(features.years().contains(2023)).isFalse();
		assertThat(features.years().contains(2025)).isTrue();
	}

}
