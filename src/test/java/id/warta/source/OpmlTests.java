package id.warta.source;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpmlTests {

	@Test
	void writesAndReadsBackEverySetting() {
		List<SourceView> sources = List.of(view(1, "https://a.test/rss", SourceKind.FEED, "Antara & co", null, 30),
				view(2, "https://b.test/politik", SourceKind.SECTION, "B", ".*/berita/.*", 60),
				view(3, "https://c.test/new", null, "C", null, 15));
		List<SourceForm> read = Opml.read(Opml.write(sources), 30);
		assertThat(read).containsExactly(new SourceForm("https://a.test/rss", SourceKind.FEED, "Antara & co", null, 30),
				new SourceForm("https://b.test/politik", SourceKind.SECTION, "B", ".*/berita/.*", 60),
				new SourceForm("https://c.test/new", null, "C", null, 15));
	}

	@Test
	void readsOtherReadersFilesWithCategories() {
		String opml = """
				<?xml version="1.0"?><opml version="1.0"><head><title>x</title></head><body>
				<outline text="Berita"><outline type="rss" text="Satu" xmlUrl="https://a.test/feed"/>
				<outline text="Dua" htmlUrl="https://b.test/"/></outline></body></opml>""";
		assertThat(Opml.read(opml, 30)).containsExactly(
				new SourceForm("https://a.test/feed", SourceKind.FEED, "Satu", null, 30),
				new SourceForm("https://b.test/", null, "Dua", null, 30));
	}

	private static SourceView view(long id, String url, SourceKind kind, String name, String pattern, int minutes) {
		return new SourceView(id, url, kind, name, pattern, minutes, false, false, Instant.EPOCH, null, null, null, 0,
				0, 0, 0);
	}

}
