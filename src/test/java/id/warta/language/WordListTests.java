package id.warta.language;

import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class WordListTests {

	@Test
	void readsOneWordALineWithoutCommentsOrBlankLines() {
		CharArraySet words = WordList.load("word-list-test.txt");
		assertThat(words).hasSize(3);
		assertThat(words.contains("kucil")).isTrue();
		assertThat(words.contains("zorbat")).isTrue();
		assertThat(words.contains("blimpa")).isTrue();
	}

	@Test
	void saysWhichListIsMissing() {
		assertThatIllegalStateException().isThrownBy(() -> WordList.load("no-such-list.txt"))
			.withMessage("Missing word list no-such-list.txt");
	}

}
