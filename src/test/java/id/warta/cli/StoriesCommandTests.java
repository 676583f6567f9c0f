package id.warta.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code stories} command's contract: one JSON object per story and line, with
 * exactly the keys {@code story, title, members, outlets, agencies, first, last}; an
 * input that fails on its own line as {@code source, error}; exit status 2 when any
 * failed.
 */
class StoriesCommandTests {

	private static final List<String> KEYS = List.of("story", "title", "members", "outlets", "agencies", "first",
			"last");

	private final JsonMapper json = JsonMapper.builder().build();

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path dir;

	@Test
	void groupsTheSeedsIntoTheirThreeStories() {
		List<String> seeds = List.of("seeds/000_a276a1485a17cfab.txt", "seeds/001_6bfe8775addcbd2b.txt",
				"seeds/002_3f71b07514f8875c.txt", "seeds/003_422914d9a7fc2da8.txt", "seeds/004_ba2def52373556d9.txt");
		assertThat(run(seeds.toArray(String[]::new))).isZero();
		List<JsonNode> lines = lines();
		assertThat(lines).hasSize(3);
		lines.forEach((line) -> assertThat(fieldNames(line)).containsExactlyElementsOf(KEYS));
		JsonNode summit = lines.get(0);
		assertThat(summit.get("story").asLong()).isEqualTo(1);
		assertThat(texts(summit.get("members"))).containsExactly(seeds.get(0), seeds.get(2), seeds.get(4));
		assertThat(texts(summit.get("outlets"))).containsExactly("Membumi.com", "pelita.online", "MDN");
		assertThat(texts(summit.get("agencies"))).contains("KCNA", "AFP", "TASS", "Kyodo", "AP", "CNBC Indonesia");
		assertThat(summit.get("first").asString()).isEqualTo("2023-09-13");
		assertThat(summit.get("last").asString()).isEqualTo("2023-09-14");
		assertThat(summit.get("title").asString()).isNotBlank();
		assertThat(texts(lines.get(1).get("members"))).containsExactly(seeds.get(1));
		assertThat(lines.get(1).get("first").isNull()).isTrue();
		assertThat(texts(lines.get(2).get("members"))).containsExactly(seeds.get(3));
	}

	@Test
	void anInputThatFailsHasItsOwnLineAndTheStatusIsTwo() throws IOException {
		Path empty = Files.write(this.dir.resolve("empty.txt"), new byte[0]);
		Path binary = Files.write(this.dir.resolve("binary.bin"), new byte[] { 0, (byte) 0xff, 0x13, 0x37, 0 });
		int status = run("seeds/004_ba2def52373556d9.txt", empty.toString(), binary.toString(),
				this.dir.resolve("missing.txt").toString());
		assertThat(status).isEqualTo(2);
		List<JsonNode> lines = lines();
		assertThat(lines).hasSize(4);
		assertThat(fieldNames(lines.get(0))).containsExactlyElementsOf(KEYS);
		for (JsonNode failed : lines.subList(1, 4)) {
			assertThat(fieldNames(failed)).containsExactly("source", "error");
			assertThat(failed.get("error").asString()).isNotBlank();
		}
		assertThat(lines.get(3).get("source").asString()).endsWith("missing.txt");
	}

	@Test
	void withoutInputsItTellsHowToUseIt() {
		assertThat(run()).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("usage: warta stories");
		assertThat(run("--max-bytes", "lots", "x")).isEqualTo(2);
	}

	@Test
	void aFileAboveTheLimitIsRefused() {
		assertThat(run("--max-bytes=100", "seeds/004_ba2def52373556d9.txt")).isEqualTo(2);
		assertThat(lines().get(0).get("error").asString()).contains("too large");
	}

	private int run(String... args) {
		this.out.reset();
		return StoriesCommand.run(List.of(args), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private List<JsonNode> lines() {
		List<JsonNode> lines = new ArrayList<>();
		for (String line : this.out.toString(StandardCharsets.UTF_8).split("\n")) {
			if (!line.isBlank()) {
				lines.add(this.json.readTree(line));
			}
		}
		return lines;
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach((item) -> texts.add(item.asString()));
		return texts;
	}

}
