package id.warta.language.names;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A set of years, such as the years in which someone held an office: {@code 2017–2021,
 * 2025–}. Years run from {@value #FIRST} to {@value #LAST}; an open end runs to the last.
 */
public final class Years {

	public static final int FIRST = 1900;

	public static final int LAST = 2100;

	private final BitSet years;

	private Years(BitSet years) {
		this.years = years;
	}

	/** Every year. */
	public static Years all() {
		BitSet all = new BitSet();
		all.set(0, LAST - FIRST + 1);
		return new Years(all);
	}

	/**
	 * Reads ranges written as in the gazetteer's offices: {@code 2000–2008, 2012–}, with
	 * an en dash or a hyphen; a lone year is that year.
	 * @throws IllegalArgumentException when a range is not one
	 */
	public static Years parse(String ranges) {
		BitSet years = new BitSet();
		for (String range : ranges.split(",")) {
			String text = range.strip();
			if (text.isEmpty()) {
				continue;
			}
			String[] ends = text.split("[–-]", -1);
			if (ends.length > 2) {
				throw new IllegalArgumentException("Not a range of years: " + text);
			}
			int from = year(ends[0]);
			int to = (ends.length == 1) ? from : ends[1].isBlank() ? LAST : year(ends[1]);
			if (to < from) {
				throw new IllegalArgumentException("Not a range of years: " + text);
			}
			years.set(from - FIRST, to - FIRST + 1);
		}
		return new Years(years);
	}

	private static int year(String text) {
		int year = Integer.parseInt(text.strip());
		if (year < FIRST || year > LAST) {
			throw new IllegalArgumentException("Year out of range: " + year);
		}
		return year;
	}

	public boolean contains(int year) {
		return year >= FIRST && year <= LAST && this.years.get(year - FIRST);
	}

	public boolean isEmpty() {
		return this.years.isEmpty();
	}

	public Years intersect(Years other) {
		BitSet both = (BitSet) this.years.clone();
		both.and(other.years);
		return new Years(both);
	}

	public Years union(Years other) {
		BitSet either = (BitSet) this.years.clone();
		either.or(other.years);
		return new Years(either);
	}

	public boolean intersects(Years other) {
		return this.years.intersects(other.years);
	}

	/** The ranges, as {@link #parse} reads them. */
	@Override
	public String toString() {
		List<String> ranges = new ArrayList<>();
		int i = this.years.nextSetBit(0);
		while (i >= 0) {
			int end = this.years.nextClearBit(i) - 1;
			int from = i + FIRST;
			int to = end + FIRST;
			ranges.add((from == to) ? Integer.toString(from) : from + "–" + ((to == LAST) ? "" : Integer.toString(to)));
			i = this.years.nextSetBit(end + 1);
		}
		return String.join(", ", ranges);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Years years && years.years.equals(this.years);
	}

	@Override
	public int hashCode() {
		return this.years.hashCode();
	}

}
