package id.warta.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import id.warta.WartaApplication;
import id.warta.article.ArticleCatalog;
import id.warta.article.ArticleImporter;
import id.warta.article.ImportResult;
import id.warta.scraper.Block;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.PublicationDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index's life over restarts of the application: indexed on every save, and rebuilt
 * at start when its folder was deleted, its files cannot be read or an older version
 * built it, with the log saying so.
 */
@ExtendWith(OutputCaptureExtension.class)
class IndexLifecycleTests {

	@TempDir
	Path dataDir;

	@Test
	void aDeletedOrUnreadableIndexIsRebuiltAtStart(CapturedOutput output) throws IOException {
		try (ConfigurableApplicationContext context = start()) {
			ImportResult result = context.getBean(ArticleImporter.class)
				.importExtracted("test:korut", article("Korut menguji rudal", "Pyongyang menembakkan rudal."));
			assertThat(result.status()).isEqualTo(ImportResult.Status.IMPORTED);
			context.getBean(ArticleImporter.class)
				.importExtracted("test:natuna", article("Nelayan Natuna", "Nelayan kembali melaut."));
			// Indexed on save: found at once, through the alias.
			assertThat(titles(context, "Korea Utara")).containsExactly("Korut menguji rudal");
		}
		assertThat(output).doesNotContain("rebuilding the index");

		Path index = this.dataDir.resolve("index");
		FileSystemUtils.deleteRecursively(index);
		try (ConfigurableApplicationContext context = start()) {
			assertThat(output).contains("Search index holds 0 articles, the database 2: rebuilding the index")
				.contains("Search index rebuilt: 2 articles");
			assertThat(titles(context, "nelayan")).containsExactly("Nelayan Natuna");
		}

		corrupt(index);
		try (ConfigurableApplicationContext context = start()) {
			assertThat(output).contains("is unreadable").contains("deleting it, it will be rebuilt from the database");
			assertThat(titles(context, "rudal")).containsExactly("Korut menguji rudal");
		}

		// An index that an older version built (no layout file, or another number) is
		// deleted and rebuilt, for its fields may be indexed otherwise.
		assertThat(index.resolve("layout")).hasContent(String.valueOf(IndexLayout.VERSION));
		Files.writeString(index.resolve("layout"), "1");
		try (ConfigurableApplicationContext context = start()) {
			assertThat(output).contains("was built with an older layout of its fields: deleting it");
			assertThat(titles(context, "\"Korea Utara\"")).containsExactly("Korut menguji rudal");
		}
		assertThat(index.resolve("layout")).hasContent(String.valueOf(IndexLayout.VERSION));
	}

	@Test
	void anIndexOutOfStepWithTheDatabaseIsRepairedNotRebuilt(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext context = start()) {
			ArticleImporter importer = context.getBean(ArticleImporter.class);
			importer.importExtracted("test:korut", article("Korut menguji rudal", "Pyongyang menembakkan rudal."));
			importer.importExtracted("test:natuna", article("Nelayan Natuna", "Nelayan kembali melaut."));
		}
		Path index = this.dataDir.resolve("index");
		Path savedIndex = this.dataDir.resolve("saved-index");
		FileSystemUtils.copyRecursively(index, savedIndex);
		try (ConfigurableApplicationContext context = start()) {
			context.getBean(ArticleImporter.class)
				.importExtracted("test:nelayan", article("Nelayan Natuna menguji rudal", "Nelayan kembali melaut."));
		}
		// As after a crash between the database's commit and the index's: the index
		// lacks the last article.
		FileSystemUtils.deleteRecursively(index);
		FileSystemUtils.copyRecursively(savedIndex, index);
		try (ConfigurableApplicationContext context = start()) {
			context.getBean(IndexBootstrap.class).awaitReanalysis();
			assertThat(output).contains("Search index repaired: 1 articles added, 0 dropped")
				.doesNotContain("rebuilding the index");
			assertThat(titles(context, "rudal")).containsExactly("Korut menguji rudal", "Nelayan Natuna menguji rudal");
			assertThat(context.getBean(IndexRebuilder.class).difference().isEmpty()).isTrue();
			// Analysing again replaces each article's document; it adds none beside it.
			assertThat(context.getBean(IndexRebuilder.class).reanalyse())
				.isEqualTo(context.getBean(ArticleCatalog.class).count());
			assertThat(titles(context, "rudal")).containsExactly("Korut menguji rudal", "Nelayan Natuna menguji rudal");
		}
		// As after a database restored from a backup: the index holds an article the
		// database does not.
		Path database = this.dataDir.resolve("db");
		Path savedDatabase = this.dataDir.resolve("saved-db");
		FileSystemUtils.copyRecursively(database, savedDatabase);
		try (ConfigurableApplicationContext context = start()) {
			context.getBean(ArticleImporter.class)
				.importExtracted("test:korut-natuna", article("Korut dan Natuna", "Pyongyang kembali melaut."));
			assertThat(titles(context, "Korut dan Natuna")).first().isEqualTo("Korut dan Natuna");
		}
		FileSystemUtils.deleteRecursively(database);
		FileSystemUtils.copyRecursively(savedDatabase, database);
		try (ConfigurableApplicationContext context = start()) {
			context.getBean(IndexBootstrap.class).awaitReanalysis();
			assertThat(output).contains("Search index repaired: 0 articles added, 1 dropped")
				.doesNotContain("rebuilding the index");
			assertThat(titles(context, "Korut dan Natuna")).doesNotContain("Korut dan Natuna");
			assertThat(titles(context, "rudal")).containsExactly("Korut menguji rudal", "Nelayan Natuna menguji rudal");
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(WartaApplication.class).web(WebApplicationType.NONE)
			.run("--warta.data-dir=" + this.dataDir, "--warta.seeds-dir=" + this.dataDir.resolve("no-seeds"));
	}

	private static List<String> titles(ConfigurableApplicationContext context, String query) {
		SearchResults results = context.getBean(ArticleSearch.class)
			.search(new SearchRequest(query, List.of(), null, null, SearchRequest.Order.RELEVANCE, 1, 20));
		return results.hits().items().stream().map((hit) -> hit.article().title()).toList();
	}

	/** Overwrites every segments file with bytes Lucene cannot read. */
	private static void corrupt(Path index) throws IOException {
		List<Path> segments;
		try (Stream<Path> files = Files.walk(index)) {
			segments = files.filter((file) -> file.getFileName().toString().startsWith("segments_")).toList();
		}
		assertThat(segments).isNotEmpty();
		for (Path file : segments) {
			Files.writeString(file, "not an index");
		}
	}

	private static ExtractedArticle article(String title, String text) {
		return new ExtractedArticle(title, "Antara", null,
				PublicationDate.of(OffsetDateTime.parse("2024-03-01T10:00:00+07:00")), List.of(), "id",
				List.of(Block.paragraph(text)), 4);
	}

}
