package id.warta.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The admin of a running Warta, over HTTP as a browser would (sign-in form, CSRF token,
 * session cookie): for the commands that add a source to a server and run it.
 */
public final class AdminSession {

	private static final Pattern SOURCE = Pattern.compile("/admin/sources/(\\d+)$");

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	private AdminSession(String base) {
		this.base = base;
	}

	/**
	 * Signs in.
	 * @throws IOException if the server refuses the user or the password
	 */
	public static AdminSession signIn(String base, String user, String password)
			throws IOException, InterruptedException {
		AdminSession session = new AdminSession(base);
		HttpResponse<String> answer = session.post("/admin/login", "/admin/login",
				Map.of("username", user, "password", password));
		String location = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || location.contains("error") || location.contains("login")) {
			throw new IOException("sign-in refused: " + answer.statusCode() + " " + location);
		}
		return session;
	}

	/**
	 * Adds a sitemap as a source.
	 * @return the source's id
	 */
	public long addSitemap(String url, String name) throws IOException, InterruptedException {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("url", url);
		form.put("kind", "SITEMAP");
		form.put("name", name);
		form.put("urlPattern", "");
		form.put("pollMinutes", "10080");
		HttpResponse<String> answer = post("/admin/sources", "/admin/sources", form);
		Matcher id = SOURCE.matcher(answer.headers().firstValue("Location").orElse(""));
		if (answer.statusCode() != 302 || !id.find()) {
			throw new IOException("source not added: " + answer.statusCode() + " " + answer.body());
		}
		return Long.parseLong(id.group(1));
	}

	/** Asks for a run of the source now. */
	public void run(long source) throws IOException, InterruptedException {
		act(source, "run");
	}

	/**
	 * Pauses the source: no run starts until it is resumed (a run going on ends as it
	 * would).
	 */
	public void pause(long source) throws IOException, InterruptedException {
		act(source, "pause");
	}

	/** Presses one of the buttons of the source's page. */
	private void act(long source, String action) throws IOException, InterruptedException {
		String page = "/admin/sources/" + source;
		HttpResponse<String> answer = post(page, page + "/" + action, Map.of());
		if (answer.statusCode() != 302) {
			throw new IOException(action + " refused: " + answer.statusCode());
		}
	}

	/** The source's state and counts, as its admin page shows them. */
	public String sourceCounts(long source) throws IOException, InterruptedException {
		Element facts = Jsoup.parse(get("/admin/sources/" + source).body()).selectFirst("dl");
		return (facts != null) ? facts.text() : "";
	}

	private HttpResponse<String> post(String formPage, String action, Map<String, String> fields)
			throws IOException, InterruptedException {
		Element token = Jsoup.parse(get(formPage).body()).selectFirst("input[name=_csrf]");
		if (token == null) {
			throw new IOException("no CSRF token on " + formPage);
		}
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", token.attr("value"));
		String body = all.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return this.client.send(HttpRequest.newBuilder(URI.create(this.base + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create(this.base + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
