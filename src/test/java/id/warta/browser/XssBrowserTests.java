package id.warta.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.warta.TemporaryDataDir;
import id.warta.article.ArticleCatalog;
import id.warta.article.ArticleImporter;
import id.warta.article.ImportResult;
import id.warta.scraper.Block;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.PublicationDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page type in headless Chromium, over real HTTP, with more than a hundred XSS
 * vectors stored in every field of the articles and put in every query parameter: no
 * script may run, no dialog open, and no page may hold an element that could run one (a
 * script other than Warta's own file, an event handler attribute, a {@code javascript:}
 * address, a frame). Skipped with a message when Chromium is not installed, except under
 * {@code CI=true}, where it must run ({@code .ci/run} installs Debian's {@code chromium}
 * and {@code chromium-driver}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "warta.sources.scheduling=false", "warta.search.requests-per-second-per-client=0" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssBrowserTests {

	/** What the browser says of a page: elements that could run script. */
	private static final String DANGEROUS = """
			const found = [];
			for (const element of document.querySelectorAll('*')) {
			  const name = element.tagName.toLowerCase();
			  // Warta's own script file is the one script a page may hold.
			  const own = name === 'script' && element.getAttribute('src') === '/js/warta.js' && element.text === '';
			  if (!own && ['script', 'iframe', 'frame', 'object', 'embed', 'base'].includes(name)) found.push(name);
			  for (const attribute of element.attributes) {
			    const value = attribute.value.trim().toLowerCase();
			    if (attribute.name.toLowerCase().startsWith('on')) found.push(name + '[' + attribute.name + ']');
			    if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(attribute.name.toLowerCase())
			        && (value.startsWith('javascript:') || value.startsWith('data:text/html'))) {
			      found.push(name + '[' + attribute.name + '=' + value + ']');
			    }
			  }
			}
			return found.concat(window.__xss ? ['window.__xss set'] : []);
			""";

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		TemporaryDataDir.register(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	ArticleImporter importer;

	@Autowired
	ArticleCatalog catalog;

	private ChromeDriver browser;

	private final List<Long> articles = new ArrayList<>();

	static List<String> vectors() {
		List<String> bases = List.of("<script>window.__xss=1;alert(1)</script>", "<img src=x onerror=alert(2)>",
				"<svg onload=alert(3)>", "<iframe src=\"javascript:alert(4)\"></iframe>", "<body onload=alert(5)>",
				"<a href=\"javascript:alert(6)\">klik</a>", "<details open ontoggle=alert(7)>",
				"<input autofocus onfocus=alert(8)>", "<video><source onerror=alert(9)></video>",
				"<object data=\"javascript:alert(10)\"></object>", "<embed src=\"javascript:alert(11)\">",
				"<math><mi xlink:href=\"javascript:alert(12)\">x</mi></math>", "<select autofocus onfocus=alert(13)>",
				"<marquee onstart=alert(14)>", "<base href=\"javascript:alert(15)//\">",
				"<form action=\"javascript:alert(16)\"><button>x</button></form>",
				"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(17)\">",
				"<style>*{background:url(javascript:alert(18))}</style>", "javascript:alert(19)",
				"<scr<script>ipt>alert(20)</scr</script>ipt>");
		List<String> contexts = List.of("%s", "\">%s", "'>%s", "</title></textarea>%s", "<!--%s-->");
		Set<String> vectors = new LinkedHashSet<>();
		for (String context : contexts) {
			for (String base : bases) {
				vectors.add(context.formatted(base));
			}
		}
		return List.copyOf(vectors);
	}

	@BeforeAll
	void start() {
		this.browser = Chromium.start(XssBrowserTests.class);
		List<String> vectors = vectors();
		OffsetDateTime at = OffsetDateTime.parse("2024-03-05T10:00:00+07:00");
		for (int i = 0; i < vectors.size(); i++) {
			String v = vectors.get(i);
			ImportResult result = this.importer
				.importExtracted("https://xss.test/" + i + "?q=" + v,
						new ExtractedArticle("Rusia " + v + " judul " + i, "Media " + v, "Penulis " + v,
								PublicationDate.of(at.plusHours(i)), List.of("Antara", v), "id",
								List.of(Block.heading("Sub " + v), Block.paragraph("Kremlin mengatakan " + v
										+ " kepada wartawan di Moskow, kata juru bicara " + v + " nomor " + i + ".")),
								20));
			assertThat(result.status()).as(v).isEqualTo(ImportResult.Status.IMPORTED);
			this.articles.add(result.articleId());
		}
	}

	@AfterAll
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void noVectorRunsOnAnyPage() {
		List<String> pages = new ArrayList<>(
				List.of("/", "/topik/rusia", "/search?q=rusia", "/admin/login?error", "/tidak-ada"));
		Set<Long> stories = new LinkedHashSet<>();
		for (long id : this.articles) {
			pages.add("/articles/" + id);
			Long story = this.catalog.find(id).orElseThrow().storyId();
			if (story != null) {
				stories.add(story);
			}
		}
		stories.forEach((story) -> pages.add("/liputan/" + story));
		this.catalog.outlets().stream().limit(40).forEach((outlet) -> pages.add("/?outlet=" + outlet.slug()));
		for (String v : vectors()) {
			String e = URLEncoder.encode(v, StandardCharsets.UTF_8);
			pages.add("/search?q=" + e);
			pages.add("/search?q=rusia&outlet=" + e + "&entity=" + e + "&agency=" + e + "&from=" + e + "&to=" + e
					+ "&sort=" + e + "&page=" + e);
			pages.add("/?outlet=" + e + "&entity=" + e + "&agency=" + e + "&page=" + e);
			pages.add("/topik/" + e);
			pages.add("/liputan/" + e);
		}
		// The checks themselves catch a page that runs a vector.
		assertThat(check("data:text/html,<p>x</p><img src=x onerror=alert(1)>")).contains("img[onerror]")
			.anySatisfy((line) -> assertThat(line).startsWith("dialog: "));
		Map<String, List<String>> failures = new java.util.LinkedHashMap<>();
		for (String page : pages) {
			List<String> found = check("http://localhost:" + this.port + page);
			if (!found.isEmpty()) {
				failures.put(page, found);
			}
		}
		assertThat(pages).hasSizeGreaterThan(600);
		assertThat(failures).isEmpty();
	}

	/** What could run script on the page: a dialog it opened, dangerous elements. */
	private List<String> check(String url) {
		this.browser.get(url);
		List<String> found = new ArrayList<>();
		try {
			found.add("dialog: " + this.browser.switchTo().alert().getText());
			this.browser.switchTo().alert().dismiss();
		}
		catch (NoAlertPresentException expected) {
			// No dialog.
		}
		@SuppressWarnings("unchecked")
		List<String> dangerous = (List<String>) ((JavascriptExecutor) this.browser).executeScript(DANGEROUS);
		found.addAll(dangerous);
		return found;
	}

}
