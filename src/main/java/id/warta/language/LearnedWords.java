package id.warta.language;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The words a {@link Lexicon} learned from the corpus, saved beside the index as
 * {@code word<TAB>count} lines, so that a restart and the {@code analyze} command see the
 * same roots as the index.
 */
public final class LearnedWords {

	private static final String FILE_NAME = "learned-words.tsv";

	private final Path file;

	/**
	 * The learned words of the data folder {@code dataDir}.
	 */
	public LearnedWords(Path dataDir) {
		this.file = dataDir.resolve("index").resolve(FILE_NAME);
	}

	public boolean exists() {
		return Files.isRegularFile(this.file);
	}

	/**
	 * Adds the saved counts to the lexicon; lines that do not parse are skipped.
	 * @return the number of words read
	 */
	public int loadInto(Lexicon lexicon) throws IOException {
		Map<String, Integer> counts = new HashMap<>();
		try (BufferedReader reader = Files.newBufferedReader(this.file, StandardCharsets.UTF_8)) {
			String line;
			while ((line = reader.readLine()) != null) {
				int tab = line.indexOf('\t');
				if (tab > 0) {
					try {
						counts.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).strip()));
					}
					catch (NumberFormatException ex) {
						// A damaged line loses one word, not the file.
					}
				}
			}
		}
		lexicon.restore(counts);
		return counts.size();
	}

	/**
	 * Writes the lexicon's counts, replacing the file atomically so that a crash never
	 * leaves half a file.
	 */
	public void save(Lexicon lexicon) throws IOException {
		Files.createDirectories(this.file.getParent());
		Path temporary = this.file.resolveSibling(FILE_NAME + ".tmp");
		try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, Integer> entry : lexicon.counts().entrySet()) {
				writer.write(entry.getKey());
				writer.write('\t');
				writer.write(Integer.toString(entry.getValue()));
				writer.write('\n');
			}
		}
		Files.move(temporary, this.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	@Override
	public String toString() {
		return this.file.toString();
	}

}
