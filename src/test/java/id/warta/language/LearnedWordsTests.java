package id.warta.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LearnedWordsTests {

	@TempDir
	Path dataDir;

	@Test
	void savesTheCountsBesideTheIndexAndReadsThemBack() throws IOException {
		Lexicon learned = Lexicon.withShippedRoots(2);
		learned.learn(List.of("kucil", "kucil", "zorbat", "kucil"));
		LearnedWords words = new LearnedWords(this.dataDir);
		assertThat(words.exists()).isFalse();
		words.save(learned);
		Path file = this.dataDir.resolve("index").resolve("learned-words.tsv");
		assertThat(words.exists()).isTrue();
		assertThat(words).hasToString(file.toString());
		assertThat(Files.readString(file)).isEqualTo("kucil\t3\nzorbat\t1\n");
		assertThat(this.dataDir.resolve("index").resolve("learned-words.tsv.tmp")).doesNotExist();

		Lexicon restarted = Lexicon.withShippedRoots(2);
		assertThat(words.loadInto(restarted)).isEqualTo(2);
		assertThat(restarted.counts()).containsExactlyInAnyOrderEntriesOf(learned.counts());
		assertThat(restarted.isRoot("kucil")).isTrue();
		assertThat(restarted.isRoot("zorbat")).isFalse();
	}

	@Test
	void replacesAnEarlierFile() throws IOException {
		LearnedWords words = new LearnedWords(this.dataDir);
		Lexicon first = Lexicon.withShippedRoots(2);
		first.learn(List.of("kucil"));
		words.save(first);
		Lexicon second = Lexicon.withShippedRoots(2);
		second.learn(List.of("zorbat"));
		words.save(second);
		assertThat(Files.readString(this.dataDir.resolve("index").resolve("learned-words.tsv")))
			.isEqualTo("zorbat\t1\n");
	}

	@Test
	void skipsDamagedLinesAndKeepsTheRest() throws IOException {
		Path index = Files.createDirectories(this.dataDir.resolve("index"));
		Files.writeString(index.resolve("learned-words.tsv"),
				"kucil\t3\n\tnamaless\t4\n\t7\nzorbat\tbanyak\ntanpa-tab 5\nblimpa\t 2 \n\n", StandardCharsets.UTF_8);
		Lexicon lexicon = Lexicon.withShippedRoots(2);
		assertThat(new LearnedWords(this.dataDir).loadInto(lexicon)).isEqualTo(2);
		assertThat(lexicon.counts()).containsOnlyKeys("kucil", "blimpa");
		assertThat(lexicon.isRoot("blimpa")).isTrue();
	}

}
