package id.warta.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jazzer fuzz tests of what sources send and admins upload: the URL normaliser, feeds and
 * sitemaps, OPML files. Any input gives a result or a clear refusal, never another
 * exception, and what comes out is http(s) only.
 */
class SourceInputFuzzTests {

	@FuzzTest(maxDuration = "10m")
	void urlsNormaliseToHttpOrNothing(byte[] bytes) {
		String url = CanonicalUrl.of(new String(bytes, StandardCharsets.UTF_8));
		if (url != null) {
			assertThat(url).matches("(?i)https?://.+");
			assertThat(CanonicalUrl.of(url)).as("normalising is idempotent").isEqualTo(url);
		}
	}

	@FuzzTest(maxDuration = "10m")
	void feedsGiveHttpLinksOrARefusal(byte[] body) {
		try {
			assertThat(SourceDocument.feedLinks(body, "https://sumber.test/"))
				.allSatisfy((link) -> assertThat(link).matches("(?i)https?://.+"));
		}
		catch (IOException refused) {
			assertThat(refused.getMessage()).isNotBlank();
		}
	}

	@FuzzTest(maxDuration = "10m")
	void sitemapsGiveHttpLinksOrARefusal(byte[] body) {
		try {
			SourceDocument.Sitemap sitemap = SourceDocument.sitemap(body, "https://sumber.test/");
			assertThat(sitemap.pages()).allSatisfy((link) -> assertThat(link).matches("(?i)https?://.+"));
			assertThat(sitemap.children()).allSatisfy((link) -> assertThat(link).matches("(?i)https?://.+"));
		}
		catch (IOException refused) {
			assertThat(refused.getMessage()).isNotBlank();
		}
	}

	@FuzzTest(maxDuration = "10m")
	void opmlFilesGiveForms(byte[] file) {
		assertThat(Opml.read(new String(file, StandardCharsets.UTF_8), 30))
			.allSatisfy((form) -> assertThat(form.url()).isNotNull());
	}

}
