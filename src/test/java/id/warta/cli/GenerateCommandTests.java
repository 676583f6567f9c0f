package id.warta.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import id.warta.WartaApplication;
import id.warta.article.ArticleCatalog;
import id.warta.article.OutletCount;
import id.warta.search.ArticleSearch;
import id.warta.search.IndexRebuilder;
import id.warta.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code generate N} through the command line's entry: N articles stored and indexed in
 * batches, numbering continued by a second run, usage errors refused.
 */
class GenerateCommandTests {

	@TempDir
	Path dataDir;

	@Test
	void storesAndIndexesTheArticlesAndContinuesTheNumbering() {
		assertThat(ApplicationCommands.run(WartaApplication.class, args("generate", "250"))).isZero();
		assertThat(ApplicationCommands.run(WartaApplication.class, args("generate", "130"))).isZero();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WartaApplication.class)
			.web(WebApplicationType.NONE)
			.run(args())) {
			ArticleCatalog catalog = context.getBean(ArticleCatalog.class);
			// The seeds are imported at the first start, then 250 + 130 synthetic ones.
			assertThat(catalog.count()).isEqualTo(5 + 250 + 130);
			assertThat(catalog.countFromSources(GenerateCommand.SOURCE_PREFIX)).isEqualTo(380);
			assertThat(catalog.outlets()).filteredOn((outlet) -> outlet.count() == 19)
				.extracting(OutletCount::name)
				.hasSize(SyntheticArticles.OUTLETS);
			long indexed = context.getBean(ArticleSearch.class)
				.search(new SearchRequest("Ukraina", List.of(), null, null, SearchRequest.Order.NEWEST, 1, 20))
				.articles();
			assertThat(indexed).isGreaterThan(100);
		}
	}

	@Test
	void leavesTheIndexAnalysedWithTheRootsTheArticlesTaught() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WartaApplication.class)
			.web(WebApplicationType.NONE)
			.run(args())) {
			IndexRebuilder rebuilder = context.getBean(IndexRebuilder.class);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			assertThat(new GenerateCommand(context, new PrintStream(out, true, StandardCharsets.UTF_8)).run(300))
				.isZero();
			// Without this the next start would analyse every article again while it
			// serves.
			assertThat(out.toString(StandardCharsets.UTF_8)).contains("Generated 300 articles",
					"Analysing the index again with the roots these articles taught", "Analysed 305 articles again");
			assertThat(rebuilder.analysedWithLearnedRoots()).isTrue();
		}
	}

	@Test
	void refusesACountThatIsNotANumber() {
		assertThat(ApplicationCommands.run(WartaApplication.class, args("generate", "many"))).isEqualTo(2);
		assertThat(ApplicationCommands.run(WartaApplication.class, args("generate"))).isEqualTo(2);
		assertThat(ApplicationCommands.run(WartaApplication.class, args("generate", "-5"))).isEqualTo(2);
	}

	private String[] args(String... command) {
		List<String> all = new java.util.ArrayList<>(List.of(command));
		all.add("--warta.data-dir=" + this.dataDir);
		all.add("--warta.seeds-dir=seeds");
		return all.toArray(String[]::new);
	}

}
