package id.warta.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;

import id.warta.PageTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training run reads the pages a first reader reads, each answered. The seeds' pages
 * (a story and an entity linked from home) are read in StartupBenchmark's training, and
 * shown by its log.
 */
class TrainingRunTests extends PageTestSupport {

	@Test
	void readsTheHomePageAndWhatItLinksToASearchTheFeedAndTheApi() {
		Map<String, Integer> pages = TrainingRun.readPages(base());
		assertThat(pages.keySet()).first().isEqualTo("/");
		assertThat(pages.keySet()).anyMatch((path) -> path.matches("/articles/\\d+"))
			.anyMatch((path) -> path.matches("/search\\?q=\\p{L}{2,}"))
			.contains("/feed.atom", "/api/articles");
		// A story and an entity, when the home page links to them (these samples are each
		// their own story).
		assertThat(pages.keySet()).allMatch((path) -> path
			.matches("/|/(articles|liputan)/\\d+|/topik/[\\w-]+|/search\\?q=\\p{L}+|/feed.atom|/api/articles"));
		assertThat(pages).allSatisfy((path, status) -> assertThat(status).as(path).isEqualTo(200));
	}

	@Test
	void aReaderThatDoesNotAnswerGivesStatusZeroAndNoException() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Map<String, Integer> pages = TrainingRun.readPages(URI.create("http://localhost:" + port));
		assertThat(pages).containsEntry("/", 0)
			.containsEntry("/feed.atom", 0)
			.allSatisfy((path, status) -> assertThat(status).isZero());
	}

}
