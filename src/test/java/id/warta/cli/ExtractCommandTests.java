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
 * The {@code extract} command's contract: one JSON object per input and line, in order,
 * errors on their own line, exit status 2 when any input failed.
 */
class ExtractCommandTests {

	private static final String DUMP = """
			Putin dan Kim Bertemu di Vostochny

			Binsar

			Kamis, 14 September 2023 | 11:22 WIB

			Presiden Rusia Vladimir Putin menerima pemimpin Korea Utara Kim Jong Un di Kosmodrom Vostochny pada Rabu, menurut kantor berita TASS.

			Kedua pemimpin berbicara selama lebih dari empat jam, kata pejabat Kremlin kepada wartawan.
			""";

	private static final List<String> ARTICLE_KEYS = List.of("source", "title", "outlet", "author", "published",
			"citedSources", "language", "body", "wordCount");

	private final JsonMapper json = JsonMapper.builder().build();

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return ExtractCommand.run(List.of(args), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private List<JsonNode> lines() {
		List<JsonNode> nodes = new ArrayList<>();
		for (String line : this.out.toString(StandardCharsets.UTF_8).split("\n")) {
			nodes.add(this.json.readTree(line));
		}
		return nodes;
	}

	@Test
	void fetchesUrlsAsTheCrawlerDoes() throws Exception {
		String html = "<html><head><title>Kabar</title></head><body><article><h1>Nelayan Natuna kembali melaut</h1>"
				+ "<p>" + "Nelayan Natuna kembali melaut setelah cuaca membaik, kata kepala dinas perikanan. ".repeat(8)
				+ "</p></article></body></html>";
		List<String> agents = new java.util.concurrent.CopyOnWriteArrayList<>();
		try (mockwebserver3.MockWebServer server = new mockwebserver3.MockWebServer()) {
			server.setDispatcher(new mockwebserver3.Dispatcher() {
				@Override
				public mockwebserver3.MockResponse dispatch(mockwebserver3.RecordedRequest request) {
					agents.add(String.valueOf(request.getHeaders().get("User-Agent")));
					String target = request.getTarget();
					if ("/robots.txt".equals(target)) {
						return new mockwebserver3.MockResponse.Builder().body("User-agent: *\nDisallow: /rahasia\n")
							.build();
					}
					return new mockwebserver3.MockResponse.Builder()
						.addHeader("Content-Type", "text/html; charset=utf-8")
						.body(html)
						.build();
				}
			});
			server.start(java.net.InetAddress.getLoopbackAddress(), 0);
			String page = server.url("/berita/natuna").toString();
			// A loopback address is refused, as the crawler refuses it.
			assertThat(run(page)).isEqualTo(2);
			assertThat(lines().get(0).get("error").asString()).isNotBlank();
			assertThat(agents).isEmpty();
			this.out.reset();
			assertThat(run("--allow-private-addresses", page, server.url("/rahasia/x").toString())).isEqualTo(2);
			List<JsonNode> lines = lines();
			assertThat(lines.get(0).get("title").asString()).isEqualTo("Nelayan Natuna kembali melaut");
			assertThat(lines.get(1).get("error").asString()).containsIgnoringCase("robots");
			assertThat(agents).isNotEmpty().allSatisfy((agent) -> assertThat(agent).startsWith("WartaBot/"));
		}
	}

	@Test
	void printsOneArticlePerLineWithExactlyTheContractKeys() throws IOException {
		Path good = Files.writeString(this.dir.resolve("good.txt"), DUMP);
		assertThat(run(good.toString())).isZero();
		List<JsonNode> lines = lines();
		assertThat(lines).hasSize(1);
		JsonNode article = lines.get(0);
		assertThat(article.propertyNames()).containsExactlyElementsOf(ARTICLE_KEYS);
		assertThat(article.get("source").asString()).isEqualTo(good.toString());
		assertThat(article.get("title").asString()).isEqualTo("Putin dan Kim Bertemu di Vostochny");
		assertThat(article.get("outlet").isNull()).isTrue();
		assertThat(article.get("author").asString()).isEqualTo("Binsar");
		assertThat(article.get("published").asString()).isEqualTo("2023-09-14T11:22+07:00");
		assertThat(article.get("citedSources").get(0).asString()).isEqualTo("TASS");
		assertThat(article.get("language").asString()).isEqualTo("id");
		assertThat(article.get("body").size()).isEqualTo(2);
		assertThat(article.get("wordCount").asInt()).isEqualTo(33);
	}

	@Test
	void reportsEachBadInputOnItsOwnLineInInputOrderAndExitsWithTwo() throws IOException {
		Path good = Files.writeString(this.dir.resolve("good.txt"), DUMP);
		Path empty = Files.write(this.dir.resolve("empty.txt"), new byte[0]);
		Path pdf = Files.write(this.dir.resolve("paper.pdf"), "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
		String missing = this.dir.resolve("missing.txt").toString();
		assertThat(run(good.toString(), missing, empty.toString(), pdf.toString(), good.toString())).isEqualTo(2);
		List<JsonNode> lines = lines();
		assertThat(lines).extracting((n) -> n.get("source").asString())
			.containsExactly(good.toString(), missing, empty.toString(), pdf.toString(), good.toString());
		assertThat(lines.get(0).has("title")).isTrue();
		assertThat(lines.get(1).get("error").asString()).isEqualTo("no such file");
		assertThat(lines.get(2).get("error").asString()).isEqualTo("empty file");
		assertThat(lines.get(3).get("error").asString()).isEqualTo("binary file (PDF), not an article");
		assertThat(lines.get(4).has("title")).isTrue();
		assertThat(lines.get(1).propertyNames()).containsExactly("source", "error");
	}

	@Test
	void hostileHtmlPagesInABatchEachGiveTheirLine() throws IOException {
		Path deep = Files.writeString(this.dir.resolve("deep.html"),
				"<html><body>" + "<div>".repeat(10_000) + "teks" + "</div>".repeat(10_000) + "</body></html>");
		Path navigation = Files.writeString(this.dir.resolve("nav.html"), "<html><head><title>Beranda</title></head>"
				+ "<body><nav>" + "<a href=\"/a\">Berita</a> ".repeat(50) + "</nav></body></html>");
		Path script = Files.writeString(this.dir.resolve("script.html"), "<html><head><title>Judul</title><script>"
				+ "x".repeat(5_000_000) + "</script></head><body><p>Halo.</p></body></html>");
		Path good = Files.writeString(this.dir.resolve("good.txt"), DUMP);
		assertThat(run(deep.toString(), navigation.toString(), script.toString(), good.toString())).isEqualTo(2);
		List<JsonNode> lines = lines();
		assertThat(lines).hasSize(4);
		assertThat(lines.get(1).get("error").asString()).isEqualTo("no article found");
		assertThat(lines.get(3).get("title").asString()).isEqualTo("Putin dan Kim Bertemu di Vostochny");
	}

	@Test
	void refusesFilesAboveTheSizeLimit() throws IOException {
		Path good = Files.writeString(this.dir.resolve("good.txt"), DUMP);
		assertThat(run("--max-bytes", "100", good.toString())).isEqualTo(2);
		assertThat(lines().get(0).get("error").asString()).startsWith("file too large");
		this.out.reset();
		assertThat(run("--max-bytes=100000", good.toString())).isZero();
	}

	@Test
	void printsUsageWithoutArguments() {
		assertThat(run()).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).startsWith("usage: warta extract");
		assertThat(this.out.size()).isZero();
	}

	@Test
	void refusesDirectoriesAndHandlesManyInputsInOneCall() throws IOException {
		Path good = Files.writeString(this.dir.resolve("good.txt"), DUMP);
		List<String> args = new ArrayList<>();
		args.add(this.dir.toString());
		for (int i = 0; i < 300; i++) {
			args.add(good.toString());
		}
		assertThat(run(args.toArray(String[]::new))).isEqualTo(2);
		List<JsonNode> lines = lines();
		assertThat(lines).hasSize(301);
		assertThat(lines.get(0).get("error").asString()).isEqualTo("not a regular file");
		assertThat(lines.subList(1, 301)).allMatch((n) -> n.has("title"));
	}

}
