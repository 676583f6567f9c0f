package id.warta.language.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A date that a text mentions: always a day and a month, the year when the text gives it
 * or implies it, and the weekday when the text names one.
 *
 * @param monthDay the day and month
 * @param year the year, or {@code null} when neither the mention nor the text tells it
 * @param weekday the weekday the text names with the date ("Rabu (13/9)"), if any
 * @param position where the mention starts in the text
 */
public record TextDate(MonthDay monthDay, @Nullable Integer year, @Nullable DayOfWeek weekday, int position) {

	/**
	 * The full date, when the year is known.
	 */
	public Optional<LocalDate> date() {
		return (this.year != null) ? Optional.of(this.monthDay.atYear(this.year)) : Optional.empty();
	}

	/**
	 * Days between two days of the year, whatever the year: 1 December and 3 January are
	 * 33 days apart.
	 */
	public static int daysApartInYear(MonthDay a, MonthDay b) {
		int difference = Math.abs(a.atYear(2001).getDayOfYear() - b.atYear(2001).getDayOfYear());
		return Math.min(difference, 365 - difference);
	}

	TextDate withYear(@Nullable Integer knownYear) {
		return new TextDate(this.monthDay, knownYear, this.weekday, this.position);
	}

}
