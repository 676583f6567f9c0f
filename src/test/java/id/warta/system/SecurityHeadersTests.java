package id.warta.system;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import id.warta.TemporaryDataDir;
import id.warta.article.ArticleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.test.context.DynamicPropertySource;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.ExpressionCacheKey;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.cache.StandardCache;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security headers of every page type over real HTTP, and inputs that once gave a
 * 500: dates beyond any year, the error page asked for directly, parameters that are no
 * UTF-8. Also what every page type asks of the template engine: its expressions fit in
 * the cache and, compiled, stay compiled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "warta.sources.scheduling=false")
@ExtendWith(OutputCaptureExtension.class)
class SecurityHeadersTests {

	private static final HttpClient client = HttpClient.newHttpClient();

	private static final String[] PAGES = { "/", "/?outlet=mdn", "/search?q=rusia", "/search?q=rusia&entity=rusia",
			"/topik/rusia", "/articles/{article}", "/liputan/{story}", "/admin/login", "/admin/sources",
			"/css/warta.css", "/tidak-ada", "/error", "/search?q=a&from=%2B999999999-12-31" };

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		TemporaryDataDir.register(registry);
		registry.add("warta.seeds-dir", () -> "seeds");
	}

	@LocalServerPort
	int port;

	@Autowired
	ArticleCatalog catalog;

	@ParameterizedTest
	@FieldSource("PAGES")
	void everyPageCarriesTheSecurityHeaders(String template) throws Exception {
		HttpResponse<String> response = send(path(template), List.of());
		assertThat(response.headers().firstValue("Content-Security-Policy")).as(template)
			.hasValue(WebSecurity.CONTENT_SECURITY_POLICY);
		assertThat(response.headers().firstValue("X-Content-Type-Options")).as(template).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).as(template).hasValue("DENY");
		assertThat(response.headers().firstValue("Referrer-Policy")).as(template)
			.hasValue("strict-origin-when-cross-origin");
		assertThat(response.headers().firstValue("Permissions-Policy")).as(template)
			.hasValue(WebSecurity.PERMISSIONS_POLICY);
		assertThat(response.headers().firstValue("Strict-Transport-Security")).as("%s over plain HTTP", template)
			.isEmpty();
	}

	@Test
	void everyPageTypeFitsInTheTemplateCaches(@Autowired TemplateEngine engine) throws Exception {
		visitEveryPage();
		// Nothing dropped: a dropped expression is parsed, and compiled into a class,
		// again on the next page (Thymeleaf keeps 500 by default).
		StandardCache<?, ?> expressions = (StandardCache<?, ?>) engine.getCacheManager().getExpressionCache();
		assertThat(expressions.size()).isPositive().isLessThan(expressions.getMaxSize());
	}

	/**
	 * Templates share their expressions by text: one name given to values of two types in
	 * two templates ({@code option.name} of an outlet and of an entity) makes one
	 * compiled expression fail on the other type, fall back and be compiled again and
	 * again, a new class each time.
	 */
	@Test
	void compiledTemplateExpressionsStayCompiledOnEveryPage(@Autowired TemplateEngine engine) throws Exception {
		visitEveryPage();
		List<SpelExpression> compiled = new ArrayList<>();
		ICache<ExpressionCacheKey, Object> cache = engine.getCacheManager().getExpressionCache();
		for (ExpressionCacheKey key : cache.keySet()) {
			Object value = cache.get(key);
			if (value != null && value.getClass().getSimpleName().equals("ComputedSpelExpression")) {
				SpelExpression expression = (SpelExpression) field(value, "expression");
				if (expression.compileExpression()) {
					compiled.add(expression);
				}
			}
		}
		assertThat(compiled).hasSizeGreaterThan(100);
		visitEveryPage();
		assertThat(compiled).filteredOn((expression) -> field(expression, "compiledAst") == null)
			.extracting(SpelExpression::getExpressionString)
			.isEmpty();
	}

	private void visitEveryPage() throws IOException, InterruptedException {
		for (String template : PAGES) {
			send(path(template), List.of());
		}
	}

	private static Object field(Object target, String name) {
		try {
			Field field = target.getClass().getDeclaredField(name);
			field.setAccessible(true);
			return field.get(target);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("no field " + name + " in " + target.getClass()
					+ ": this test reads Thymeleaf's and SpEL's internals, check them after an upgrade", ex);
		}
	}

	@Test
	void overTlsBehindAProxyPagesAskForHstsAndCookiesAreSecure() throws Exception {
		HttpResponse<String> response = send("/admin/login", List.of("X-Forwarded-Proto", "https"));
		assertThat(response.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age="));
		assertThat(response.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).contains("JSESSIONID")
				.contains("Secure")
				.contains("HttpOnly")
				.contains("SameSite=Lax"));
		HttpResponse<String> plain = send("/admin/login", List.of());
		assertThat(plain.headers().allValues("Set-Cookie"))
			.allSatisfy((cookie) -> assertThat(cookie).doesNotContain("Secure").contains("SameSite=Lax"));
	}

	@Test
	void datesBeyondAnyYearAreIgnoredNotAnError() throws Exception {
		for (String date : List.of("%2B999999999-12-31", "-999999999-01-01", "%2B10000-01-01", "0000-01-01")) {
			for (String page : List.of("/search?q=rusia&from=", "/search?q=rusia&to=", "/?from=", "/?to=")) {
				assertThat(send(page + date, List.of()).statusCode()).as(page + date).isEqualTo(200);
			}
		}
	}

	@Test
	void theErrorPageAskedForIsNotFound() throws Exception {
		assertThat(send("/error", List.of()).statusCode()).isEqualTo(404);
		assertThat(send("/error", List.of()).body()).doesNotContain("Exception");
	}

	@Test
	void parametersThatAreNoUtf8GetABadRequestAndOneWarning(CapturedOutput output) throws Exception {
		String response = raw("GET /search?q=%FF%FE%0Aforged HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 400");
		assertThat(output).contains("Bad request /search: parameters that are no valid UTF-8")
			.doesNotContain("MalformedInputException")
			.doesNotContain("ERROR");
	}

	private String path(String template) {
		long article = this.catalog.idsAfter(0, 1).get(0);
		Long story = this.catalog.find(article).orElseThrow().storyId();
		return template.replace("{article}", String.valueOf(article)).replace("{story}", String.valueOf(story));
	}

	private HttpResponse<String> send(String path, List<String> headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html");
		for (int i = 0; i < headers.size(); i += 2) {
			request.header(headers.get(i), headers.get(i + 1));
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A request as sent, bytes the Java client would refuse to send. */
	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

}
