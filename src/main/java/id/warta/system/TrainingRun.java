package id.warta.system;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A training run for the JVM's class cache ({@code --warta.training-run=true}, README "A
 * faster start"): once the reader is up it reads its own pages as a first reader would
 * (the home page, an article, a story, an entity, a search, the feed and the API) and
 * stops, so that the cache the JVM writes at exit holds what a first page needs as well
 * as what the start needs.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class TrainingRun {

	static final String PROPERTY = "warta.training-run";

	private static final Logger logger = LoggerFactory.getLogger(TrainingRun.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final Environment environment;

	TrainingRun(Environment environment) {
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void train(ApplicationReadyEvent event) {
		if (!this.environment.getProperty(PROPERTY, Boolean.class, false)) {
			return;
		}
		ConfigurableApplicationContext context = event.getApplicationContext();
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		Map<String, Integer> pages = readPages(URI.create("http://localhost:" + port));
		logger.info("Training run read {}", pages);
		boolean read = pages.values().stream().allMatch((status) -> status == 200);
		System.exit(SpringApplication.exit(context, () -> read ? 0 : 1));
	}

	/**
	 * Reads the home page, then the first article, story and entity it links to, a search
	 * for a word of the first headline, the feed and the API.
	 * @param base the reader's address
	 * @return each path read and its status (0 when it could not be read)
	 */
	static Map<String, Integer> readPages(URI base) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
		Map<String, Integer> statuses = new LinkedHashMap<>();
		String home = read(client, base, "/", statuses);
		List<String> paths = new ArrayList<>();
		Document document = Jsoup.parse(home);
		for (String prefix : List.of("/articles/", "/liputan/", "/topik/")) {
			Element link = document.selectFirst("a[href^=" + prefix + "]");
			if (link != null) {
				paths.add(link.attr("href"));
			}
		}
		Element headline = document.selectFirst("a[href^=/articles/]");
		String word = (headline != null) ? longestWord(headline.text()) : "";
		paths.add("/search?q=" + URLEncoder.encode(word.isEmpty() ? "indonesia" : word, StandardCharsets.UTF_8));
		paths.addAll(List.of("/feed.atom", "/api/articles"));
		for (String path : paths) {
			read(client, base, path, statuses);
		}
		return statuses;
	}

	private static String longestWord(String text) {
		String longest = "";
		for (String word : text.split("[^\\p{L}]+")) {
			if (word.length() > longest.length()) {
				longest = word;
			}
		}
		return longest;
	}

	private static String read(HttpClient client, URI base, String path, Map<String, Integer> statuses) {
		HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).build();
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			statuses.put(path, response.statusCode());
			return response.body();
		}
		catch (IOException ex) {
			statuses.put(path, 0);
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			statuses.put(path, 0);
			return "";
		}
	}

}
