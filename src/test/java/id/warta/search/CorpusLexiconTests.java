package id.warta.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import id.warta.TemporaryDataDir;
import id.warta.article.ArticleIndexConfiguration;
import id.warta.article.ArticleCatalog;
import id.warta.article.ArticleImporter;
import id.warta.article.ImportResult;
import id.warta.language.IndonesianAnalyzer;
import id.warta.language.Terms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lexicon learns roots from imported articles before they are indexed, saves them
 * beside the index, and tells when the index was built with other roots.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@ComponentScan(basePackageClasses = ArticleImporter.class, useDefaultFilters = false,
		includeFilters = @ComponentScan.Filter(type = org.springframework.context.annotation.FilterType.REGEX,
				pattern = "id\\.warta\\.article\\.(ArticleImporter|ArticleStore|ArticleCatalog)"))
@Import({ ArticleIndexConfiguration.class, CorpusLexicon.class, CorpusLexiconTests.SystemClock.class })
@EnableConfigurationProperties({ LexiconSettings.class, id.warta.article.ImportSettings.class })
class CorpusLexiconTests {

	private static Path dataDir;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		dataDir = TemporaryDataDir.register(registry);
	}

	@Autowired
	ArticleImporter importer;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	CorpusLexicon lexicon;

	@Test
	void learnsRootsFromImportedArticlesSavesThemAndFlagsTheIndex(@TempDir Path dumps) throws IOException {
		String word = "gembrot";
		String derived = "digembrotkan";
		assertThat(terms(derived)).isEqualTo(derived);
		this.lexicon.indexBuilt();
		assertThat(this.lexicon.indexMatchesLexicon()).isTrue();

		for (int i = 1; i <= 3; i++) {
			Path dump = dumps.resolve("dump" + i + ".txt");
			Files.writeString(dump,
					"""
							Warga %2$s nomor %1$d di kota

							Penduduk kota itu berkata bahwa sang %2$s datang lagi pada pagi hari nomor %1$d, dan semua orang ingin melihat.

							Menurut warga, %2$s itu sudah lama dikenal di kawasan tersebut dan selalu disambut dengan gembira oleh anak-anak.
							"""
						.formatted(i, word),
					StandardCharsets.UTF_8);
			assertThat(this.importer.importFile(dump).status()).isEqualTo(ImportResult.Status.IMPORTED);
		}

		assertThat(terms(derived)).isEqualTo(word);
		assertThat(this.lexicon.indexMatchesLexicon()).isFalse();
		this.lexicon.save();
		assertThat(Files.readString(dataDir.resolve("index/learned-words.tsv"))).contains(word + "\t");
		this.lexicon.indexBuilt();
		assertThat(this.lexicon.indexMatchesLexicon()).isTrue();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class SystemClock {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

	private static String terms(String text) {
		return String.join(" ", Terms.of(new IndonesianAnalyzer(), text));
	}

}
