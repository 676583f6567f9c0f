package id.warta.scraper;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Telling HTML from a text dump.
 */
class ContentSnifferTests {

	@Test
	void recognisesHtmlDocumentsAndFragments() {
		assertThat(ContentSniffer.isHtml("\n<!DOCTYPE html><html><body>x</body></html>")).isTrue();
		assertThat(ContentSniffer.isHtml("<!-- saved --><html lang=id>")).isTrue();
		assertThat(ContentSniffer.isHtml("<body><p>a</p>")).isTrue();
		assertThat(ContentSniffer.isHtml("<div><p>Satu</p><p>Dua</p><p>Tiga</p></div>")).isTrue();
	}

	@Test
	void takesTextThatMentionsATagForADump() {
		assertThat(ContentSniffer.isHtml("Judul\n\nPenulis menjelaskan tag <p> dalam HTML kepada pembaca.")).isFalse();
		assertThat(ContentSniffer.isHtml("Kim Jong Un <> Putin\n\nParagraf.")).isFalse();
	}

}
