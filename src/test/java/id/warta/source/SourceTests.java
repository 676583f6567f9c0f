package id.warta.source;

import java.time.Duration;
import java.time.Instant;

import id.warta.source.FetchedPage.Validators;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a source's schedule reacts to its runs.
 */
class SourceTests {

	private static final Instant NOW = Instant.parse("2024-03-05T03:00:00Z");

	private static final Duration MAX = Duration.ofHours(24);

	@Test
	void aFailingSourceBacksOffDoublingUpToTheLimitAndRecoversAtOnce() {
		Source source = new Source("https://a.test/rss", null, "A", null, 30, NOW);
		source.recordRun(failed(), NOW, MAX);
		assertThat(source.getNextRunAt()).isEqualTo(NOW.plus(Duration.ofMinutes(60)));
		source.recordRun(failed(), NOW, MAX);
		assertThat(source.getNextRunAt()).isEqualTo(NOW.plus(Duration.ofMinutes(120)));
		for (int i = 0; i < 10; i++) {
			source.recordRun(failed(), NOW, MAX);
		}
		assertThat(source.getNextRunAt()).isEqualTo(NOW.plus(MAX));
		assertThat(source.toView(false).unhealthy()).isTrue();
		assertThat(source.toView(false).lastError()).isEqualTo("HTTP 503 from https://a.test/rss");

		source.recordRun(new CrawlReport(SourceKind.FEED, "https://a.test/rss", 2, 1, 0, 5, null,
				new Validators("\"v2\"", null)), NOW, MAX);
		SourceView view = source.toView(false);
		assertThat(source.getNextRunAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
		assertThat(view.unhealthy()).isFalse();
		assertThat(view.lastError()).isNull();
		assertThat(view.kind()).isEqualTo(SourceKind.FEED);
		assertThat(view.newCount()).isEqualTo(2);
		assertThat(source.validators().etag()).isEqualTo("\"v2\"");
	}

	@Test
	void anotherAddressForgetsTheOldValidators() {
		Source source = new Source("https://a.test/rss", SourceKind.FEED, "A", null, 30, NOW);
		source.recordRun(new CrawlReport(SourceKind.FEED, "https://a.test/rss", 0, 0, 0, 0, null,
				new Validators("\"v1\"", "Tue, 05 Mar 2024 03:00:00 GMT")), NOW, MAX);
		source.edit("https://a.test/atom", SourceKind.FEED, "A", null, 30);
		assertThat(source.validators()).isEqualTo(Validators.NONE);
	}

	private static CrawlReport failed() {
		return new CrawlReport(null, "https://a.test/rss", 0, 0, 0, 0, "HTTP 503 from https://a.test/rss",
				Validators.NONE);
	}

}
