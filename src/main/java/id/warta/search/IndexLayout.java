package id.warta.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which layout of fields the index on disk was built with. Lucene refuses documents whose
 * fields are indexed otherwise than the index's (term vectors dropped, for one), so an
 * index of an older layout is deleted before Hibernate Search opens it
 * ({@link UnreadableIndexGuard}) and rebuilt from the database.
 */
final class IndexLayout {

	/**
	 * Raise it whenever a field is added, dropped or indexed differently. 1: title and
	 * body fields with term vectors for the highlighter; 2: word pair fields, no term
	 * vectors; 3: title (twice) and body searched as one text field, the body only
	 * stored; 4: story, event day, entities and agencies; 5: facet entities apart; 6:
	 * article id and event day as doc values; 7: abbreviations in capitals marked; 8:
	 * text analysed by Warta and read as written terms (the same on OpenSearch).
	 */
	static final int VERSION = 8;

	private static final String FILE = "layout";

	private IndexLayout() {
	}

	/**
	 * Whether the index under {@code root} was built with this layout.
	 */
	static boolean isCurrent(Path root) {
		try {
			return Files.readString(root.resolve(FILE), StandardCharsets.UTF_8).strip().equals(String.valueOf(VERSION));
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Records that the index under {@code root} was just built with this layout.
	 */
	static void record(Path root) throws IOException {
		Files.writeString(root.resolve(FILE), String.valueOf(VERSION), StandardCharsets.UTF_8);
	}

}
