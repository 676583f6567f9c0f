package id.warta.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PassagesTests {

	private final WordMarks marks = new WordMarks(new QueryAliases(java.util.Set.of()));

	private final Passages passages = new Passages(this.marks);

	@Test
	void showsTheFirstBlockWithAMatchCutAroundIt() {
		String filler = "kata ".repeat(100);
		String block = filler + "Kapal patroli tiba di Natuna pagi ini. " + filler;
		List<TextSegment> passage = this.passages.passage(List.of("Tanpa kecocokan di sini.", block),
				this.marks.phrases("natuna"), "lead");
		String text = passage.stream().map(TextSegment::text).reduce("", String::concat);
		assertThat(text).hasSizeLessThanOrEqualTo(Passages.SIZE + 4).contains("Kapal patroli tiba di Natuna");
		// Cut out of its paragraph at both ends, and saying so.
		assertThat(text).startsWith("… kata").endsWith("kata …");
		assertThat(passage).filteredOn(TextSegment::match).extracting(TextSegment::text).containsExactly("Natuna");
	}

	@Test
	void aWholeParagraphHasNoEllipsis() {
		List<TextSegment> passage = this.passages.passage(List.of("Kapal patroli tiba di Natuna pagi ini.  "),
				this.marks.phrases("natuna"), "lead");
		assertThat(passage.stream().map(TextSegment::text).reduce("", String::concat))
			.isEqualTo("Kapal patroli tiba di Natuna pagi ini.");
	}

	@Test
	void showsTheLeadWhenNoBlockMatches() {
		assertThat(this.passages.passage(List.of("Sama sekali lain."), this.marks.phrases("natuna"), "Pembuka berita."))
			.extracting(TextSegment::text)
			.containsExactly("Pembuka berita.");
		assertThat(this.passages.passage(List.of(), this.marks.phrases("natuna"), "")).isEmpty();
	}

	@Test
	void cutsWindowsAtSpacesWithinTheText() {
		String text = "a".repeat(10) + " " + "b ".repeat(300);
		assertThat(Passages.window("pendek", 0, 6)).isEqualTo("pendek");
		assertThat(Passages.window(text, 0, 10)).startsWith("aaaaaaaaaa").hasSizeLessThanOrEqualTo(Passages.SIZE);
		String end = Passages.window(text, text.length() - 1, 1);
		assertThat(end).endsWith("b").hasSizeLessThanOrEqualTo(Passages.SIZE);
		String word = "x".repeat(500);
		assertThat(Passages.window(word, 100, 500 - 100)).isEqualTo(word.substring(45));
	}

}
