package id.warta.browser;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import id.warta.TemporaryDataDir;
import id.warta.article.ArticleImporter;
import id.warta.article.ImportResult;
import id.warta.scraper.Block;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.PublicationDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader's journey in headless Chromium over real HTTP, on the seed articles, at a
 * desktop's and a phone's width: home, story, article and its original, an entity, search
 * with an outlet and a date range, the feed link, the language switch, the dark theme
 * (chosen and the system's), the keyboard shortcuts, the skip link, print styles, and the
 * admin area. axe-core checks every page type, in both themes, for WCAG A and AA and best
 * practices: no violation may remain. Screenshots go to {@code target/screenshots/}.
 * Skipped when Chromium is absent, except under {@code CI=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "warta.sources.scheduling=false", "warta.search.requests-per-second-per-client=0",
				"warta.seeds-dir=seeds", "warta.admin.password=jalan-jalan-uji" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderJourneyBrowserTests {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		TemporaryDataDir.register(registry);
		// The seeds of the repository, imported at start like a first run's.
		registry.add("warta.seeds-dir", () -> "seeds");
	}

	@LocalServerPort
	int port;

	private ChromeDriver browser;

	private final Map<String, List<String>> violations = new LinkedHashMap<>();

	private String width = "";

	private int shots;

	@Autowired
	ArticleImporter importer;

	/** An article fetched from a site, beside the seeds (which are text dumps). */
	private long fetched;

	@BeforeAll
	void start() {
		this.browser = Chromium.start(ReaderJourneyBrowserTests.class);
		ImportResult result = this.importer.importExtracted(
				"https://www.antaranews.com/berita/4000000/putin-tiba-di-pyongyang",
				new ExtractedArticle("Putin tiba di Pyongyang untuk bertemu Kim Jong Un", "Antara", "Rina",
						PublicationDate.of(OffsetDateTime.parse("2024-06-19T02:00:00+07:00")), List.of("Reuters"), "id",
						List.of(Block.paragraph("Presiden Rusia Vladimir Putin tiba di Pyongyang, Korea Utara, pada "
								+ "Rabu dini hari untuk bertemu pemimpin Kim Jong Un."),
								Block.paragraph("Kunjungan itu yang pertama dalam 24 tahun, kata Kremlin.")),
						40));
		assertThat(result.status()).isEqualTo(ImportResult.Status.IMPORTED);
		this.fetched = result.articleId();
	}

	@AfterAll
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@ParameterizedTest(name = "{0} px")
	@CsvSource({ "1366, 900", "390, 844" })
	void aReadersJourneyWorksAndEveryPageTypePassesAxe(int width, int height) throws Exception {
		this.width = String.valueOf(width);
		this.violations.clear();
		this.shots = 0;
		Path dir = SCREENSHOTS.resolve(this.width);
		if (Files.isDirectory(dir)) {
			try (var old = Files.list(dir)) {
				for (Path file : old.toList()) {
					Files.delete(file);
				}
			}
		}
		this.browser.manage().deleteAllCookies();
		this.browser.manage().window().setSize(new Dimension(width, height));
		boolean phone = width < 600;

		// Home: the stories, newest first.
		visit("/");
		assertThat(cards()).isNotEmpty();
		if (phone) {
			// The filters fold behind a button: the first result is on the first screen.
			WebElement button = this.browser.findElement(By.cssSelector(".filters-button"));
			assertThat(button.isDisplayed()).isTrue();
			assertThat(this.browser.findElement(By.id("filters")).isDisplayed()).isFalse();
			assertThat(cards().get(0).getRect().getY()).isLessThan(viewportHeight());
			button.click();
			assertThat(this.browser.findElement(By.id("filters")).isDisplayed()).isTrue();
			assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
		}
		else {
			assertThat(this.browser.findElement(By.id("filters")).isDisplayed()).isTrue();
			assertThat(this.browser.findElements(By.cssSelector(".filters-button")).get(0).isDisplayed()).isFalse();
		}
		check("home");

		// A story: the coverage badge of the newest story that more than one article
		// reported.
		go(this.browser.findElement(By.cssSelector(".card .coverage a")));
		assertThat(this.browser.getCurrentUrl()).contains("/liputan/");
		assertThat(this.browser.findElements(By.cssSelector(".timeline li"))).hasSizeGreaterThanOrEqualTo(2);
		check("story");

		// An article of it, an article fetched from a site with its original, and an
		// entity it names.
		go(this.browser.findElement(By.cssSelector(".version h3 a")));
		assertThat(this.browser.getCurrentUrl()).contains("/articles/");
		assertThat(this.browser.findElements(By.cssSelector(".article .body p"))).isNotEmpty();
		check("article");
		visit("/articles/" + this.fetched);
		WebElement original = this.browser.findElement(By.cssSelector(".original a"));
		assertThat(original.getAttribute("href"))
			.isEqualTo("https://www.antaranews.com/berita/4000000/putin-tiba-di-pyongyang");
		assertThat(original.getAttribute("rel")).contains("noopener");
		go(this.browser.findElement(By.cssSelector("a[href^='/topik/']")));
		assertThat(this.browser.getCurrentUrl()).contains("/topik/");
		check("entity");

		// Search from the header, then an outlet and a date range.
		WebElement box = this.browser.findElement(By.id("search-q"));
		box.clear();
		box.sendKeys("Putin");
		go(box, Keys.ENTER);
		assertThat(this.browser.getCurrentUrl()).contains("/search?q=Putin");
		assertThat(cards()).isNotEmpty();
		openFilters(phone);
		go(this.browser.findElement(By.cssSelector(".facet li a")));
		assertThat(this.browser.getCurrentUrl()).contains("outlet=");
		openFilters(phone);
		this.browser.executeScript("document.getElementById('dates-from').value = '2023-01-01';"
				+ "document.getElementById('dates-to').value = '2024-12-31';");
		go(this.browser.findElement(By.cssSelector("form.dates button[type=submit]")));
		awaitUrl("from=");
		assertThat(this.browser.getCurrentUrl()).contains("outlet=", "from=2023-01-01", "to=2024-12-31");
		assertThat(cards()).isNotEmpty();
		check("search");

		// The page's feed.
		String feed = this.browser.findElement(By.cssSelector("link[rel=alternate][type='application/atom+xml']"))
			.getAttribute("href");
		HttpResponse<String> atom = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(feed)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(atom.statusCode()).isEqualTo(200);
		SyndFeed parsed = new SyndFeedInput().build(new StringReader(atom.body()));
		assertThat(parsed.getEntries()).isNotEmpty();

		// The API's description renders under the Content-Security-Policy.
		visit("/swagger-ui.html");
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((driver) -> !driver.findElements(By.cssSelector(".swagger-ui .opblock-summary-path")).isEmpty());
		assertThat(this.browser.findElements(By.cssSelector(".swagger-ui .opblock-summary-path")))
			.extracting(WebElement::getText)
			.contains("/api/articles", "/api/search");
		shot("swagger-ui");
		this.browser.navigate().back();

		// English, and back.
		go(this.browser.findElement(By.cssSelector(".languages a[hreflang=en]")));
		assertThat(this.browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		assertThat(this.browser.findElement(By.id("search-q")).getAttribute("placeholder")).startsWith("Search");
		check("search-en");
		go(this.browser.findElement(By.cssSelector(".languages a[hreflang=id]")));
		assertThat(this.browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("id");

		// The dark theme, chosen and kept; then the system's.
		go(this.browser.findElements(By.cssSelector(".themes a")).get(1));
		assertThat(this.browser.findElement(By.tagName("html")).getAttribute("data-theme")).isEqualTo("dark");
		assertThat(darkBackground()).isTrue();
		check("search-dark");
		visit("/");
		assertThat(darkBackground()).isTrue();
		check("home-dark");
		go(this.browser.findElements(By.cssSelector(".themes a")).get(2));
		assertThat(this.browser.findElement(By.tagName("html")).getAttribute("data-theme")).isNull();
		assertThat(darkBackground()).isFalse();
		media(null, "dark");
		assertThat(darkBackground()).isTrue();
		visit(this.browser.findElement(By.cssSelector(".card-title a")).getAttribute("pathname"));
		check("article-system-dark");
		media(null, null);

		// The keyboard: j and k through the list, / to the search box, ? for help.
		visit("/search?q=Putin");
		List<WebElement> titles = this.browser.findElements(By.cssSelector(".card-title a"));
		assertThat(titles).hasSizeGreaterThanOrEqualTo(2);
		keys("j");
		assertThat(focused()).isEqualTo(titles.get(0));
		keys("j");
		assertThat(focused()).isEqualTo(titles.get(1));
		keys("k");
		assertThat(focused()).isEqualTo(titles.get(0));
		keys("/");
		assertThat(focused().getAttribute("id")).isEqualTo("search-q");
		this.browser.executeScript("document.activeElement.blur();");
		keys("?");
		WebElement help = this.browser.findElement(By.id("keys-help"));
		assertThat(help.getAttribute("open")).isNotNull();
		check("keyboard-help");
		keys(Keys.ESCAPE.toString());
		assertThat(help.getAttribute("open")).isNull();

		// The skip link: the first stop of the Tab key, to the page's content.
		visit("/");
		keys(Keys.TAB.toString());
		WebElement skip = focused();
		assertThat(skip.getAttribute("class")).contains("skip-link");
		assertThat(skip.getRect().getY()).isGreaterThanOrEqualTo(0);
		skip.sendKeys(Keys.ENTER);
		assertThat(focused().getAttribute("id")).isEqualTo("main");

		// Print: the article without the site around it.
		media("print", null);
		assertThat(this.browser.findElement(By.cssSelector(".site-header .search-box")).isDisplayed()).isFalse();
		assertThat(this.browser.findElement(By.id("filters")).isDisplayed()).isFalse();
		assertThat(cards().get(0).isDisplayed()).isTrue();
		shot("print");
		media(null, null);

		// The admin area, styled like the reader, in the same checks.
		visit("/admin/login");
		check("admin-login");
		this.browser.findElement(By.id("username")).sendKeys("admin");
		WebElement password = this.browser.findElement(By.id("password"));
		password.sendKeys("jalan-jalan-uji");
		go(password, Keys.ENTER);
		awaitUrl("/admin/sources");
		assertThat(this.browser.getCurrentUrl()).endsWith("/admin/sources");
		WebElement url = this.browser.findElement(By.id("url"));
		url.sendKeys("https://contoh-" + width + ".test/rss");
		this.browser.findElement(By.id("name")).sendKeys("Contoh " + width);
		go(this.browser.findElement(By.cssSelector(".source-form button[type=submit]")));
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().matches(".*/admin/sources/\\d+"));
		assertThat(this.browser.getCurrentUrl()).matches(".*/admin/sources/\\d+");
		check("admin-source");
		go(this.browser.findElement(By.cssSelector(".actions a.danger")));
		awaitUrl("/delete");
		assertThat(this.browser.getCurrentUrl()).endsWith("/delete");
		check("admin-delete");
		go(this.browser.findElement(By.cssSelector(".actions button.danger")));
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().endsWith("/admin/sources"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/admin/sources");
		check("admin-sources");
		go(this.browser.findElement(By.cssSelector("form.logout button")));

		assertThat(this.violations).hasSizeGreaterThanOrEqualTo(14)
			.allSatisfy((page, found) -> assertThat(found).as(page).isEmpty());
		// The checks themselves find what is there.
		this.browser.get("data:text/html,<html><body><img src=x><a href=y></a></body></html>");
		assertThat(Axe.violations(this.browser)).anyMatch((violation) -> violation.startsWith("image-alt"))
			.anyMatch((violation) -> violation.startsWith("link-name"));
	}

	private void visit(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	/** Clicks, or sends keys to, an element, and waits for the page it leads to. */
	private void go(WebElement element, CharSequence... keys) {
		// The old page carries a mark that the next page, even at the same address,
		// lacks.
		this.browser.executeScript("window.__leaving = true;");
		if (keys.length > 0) {
			element.sendKeys(keys);
		}
		else {
			element.click();
		}
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
			.until((driver) -> Boolean.TRUE.equals(this.browser
				.executeScript("return window.__leaving !== true && document.readyState === 'complete';")));
	}

	/** Waits for the navigation that a click or a key started. */
	private void awaitUrl(String part) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().contains(part));
	}

	private List<WebElement> cards() {
		return this.browser.findElements(By.cssSelector(".cards .card"));
	}

	private void openFilters(boolean phone) {
		if (phone && !this.browser.findElement(By.id("filters")).isDisplayed()) {
			this.browser.findElement(By.cssSelector(".filters-button")).click();
		}
	}

	/** The page checked by axe, and its screenshot kept. */
	private void check(String page) throws IOException {
		this.violations.put(this.width + " px " + page + " " + this.browser.getCurrentUrl(),
				Axe.violations(this.browser));
		shot(page);
	}

	private void shot(String page) throws IOException {
		Path dir = SCREENSHOTS.resolve(this.width);
		Files.createDirectories(dir);
		Files.write(dir.resolve(String.format("%02d-%s.png", ++this.shots, page)),
				this.browser.getScreenshotAs(OutputType.BYTES));
	}

	private void keys(String keys) {
		new Actions(this.browser).sendKeys(keys).perform();
	}

	private WebElement focused() {
		return this.browser.switchTo().activeElement();
	}

	private int viewportHeight() {
		return ((Number) this.browser.executeScript("return window.innerHeight;")).intValue();
	}

	/** Whether the page's background is dark: the sum of its red, green and blue. */
	private boolean darkBackground() {
		new WebDriverWait(this.browser, Duration.ofSeconds(5))
			.until((driver) -> this.browser.executeScript("return document.readyState;").equals("complete"));
		String colour = (String) this.browser.executeScript("return getComputedStyle(document.body).backgroundColor;");
		String[] parts = colour.replaceAll("[^0-9,]", "").split(",");
		int sum = Integer.parseInt(parts[0]) + Integer.parseInt(parts[1]) + Integer.parseInt(parts[2]);
		return sum < 200;
	}

	/** Emulates a media type ("print") and a colour scheme ("dark"); nulls reset them. */
	private void media(String type, String scheme) {
		this.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", (type != null) ? type : "",
				"features", List.of(Map.of("name", "prefers-color-scheme", "value", (scheme != null) ? scheme : ""))));
	}

}
