package id.warta.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyzeCommandTests {

	private final AnalyzeCommand command = new AnalyzeCommand();

	@Test
	void prefixedAndSuffixedFormsShareATerm() {
		assertThat(this.command.terms("berunding")).isEqualTo(this.command.terms("perundingan")).isEqualTo("runding");
		assertThat(this.command.terms("Pemerintah memerintahkan")).isEqualTo("perintah perintah");
	}

	@Test
	void lowerCasesFoldsAccentsAndDropsStopWords() {
		assertThat(this.command.terms("Café DAN Jakarta")).isEqualTo("cafe jakarta");
	}

	@Test
	void printsOneLinePerInputLineEvenWhenALineHasNoTerms() {
		List<String> lines = run("Presiden Rusia\n\nyang dan\n北朝鮮 кремль\n".getBytes(StandardCharsets.UTF_8));
		assertThat(lines).hasSize(4);
		assertThat(lines.get(0)).isEqualTo("presiden rusia");
		assertThat(lines.get(1)).isEmpty();
		assertThat(lines.get(2)).isEmpty();
		assertThat(lines.get(3)).isNotBlank();
	}

	@Test
	void readsBinaryInputWithoutFailing() {
		byte[] binary = new byte[4096];
		for (int i = 0; i < binary.length; i++) {
			binary[i] = (byte) (i * 31);
		}
		assertThat(run(binary)).isNotEmpty();
	}

	@Test
	void handlesEmptyInputAndAHugeLine() {
		assertThat(run(new byte[0])).isEmpty();
		String huge = "perundingan ".repeat(200_000);
		List<String> lines = run(huge.getBytes(StandardCharsets.UTF_8));
		assertThat(lines).hasSize(1);
		assertThat(lines.get(0).split(" ")).hasSize(200_000).containsOnly("runding");
	}

	@Test
	void usesTheCorpusWordsSavedInTheDataFolder(@TempDir Path dataDir) throws IOException {
		Files.createDirectories(dataDir.resolve("index"));
		Files.writeString(dataDir.resolve("index/learned-words.tsv"), "kelotok\t5\n");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = AnalyzeCommand.run(List.of("--data-dir", dataDir.toString()),
				new ByteArrayInputStream("dikelotokkan".getBytes(StandardCharsets.UTF_8)),
				new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
		assertThat(status).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo("kelotok");
	}

	@Test
	void refusesUnknownOptions() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = AnalyzeCommand.run(List.of("--bogus"), new ByteArrayInputStream(new byte[0]), System.out,
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(status).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
	}

	private List<String> run(byte[] input) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = this.command.run(new ByteArrayInputStream(input),
				new PrintStream(out, true, StandardCharsets.UTF_8));
		assertThat(status).isZero();
		return out.toString(StandardCharsets.UTF_8).lines().toList();
	}

}
