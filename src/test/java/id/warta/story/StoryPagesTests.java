package id.warta.story;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import id.warta.TemporaryDataDir;
import id.warta.article.ArticleCatalog;
import id.warta.article.ArticleImporter;
import id.warta.article.IncomingArticle;
import id.warta.article.StoryBadge;
import id.warta.scraper.Block;
import id.warta.system.PageMeta;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.PublicationDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stories as the server makes them from the seeds, imported at the first start, and their
 * pages over real HTTP: the home page, the story page, the article, topic and outlet
 * pages; a story of a thousand articles, paged; restory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "warta.sources.scheduling=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryPagesTests {

	private static final HttpClient client = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		TemporaryDataDir.register(registry);
		registry.add("warta.seeds-dir", () -> "seeds");
	}

	/** How many articles were stored when the web server opened. */
	static final AtomicLong STORED_WHEN_SERVING = new AtomicLong(-1);

	@TestConfiguration
	static class WhenServing {

		@Bean
		ApplicationListener<ServletWebServerInitializedEvent> countAtOpening(ArticleCatalog catalog) {
			return (event) -> STORED_WHEN_SERVING.set(catalog.count());
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	StoryDirectory stories;

	@Autowired
	ArticleCatalog catalog;

	private long summit;

	@BeforeAll
	void findTheSummit() {
		this.summit = summitId();
	}

	/** The story of the three seeds about the summit. */
	private long summitId() {
		return this.stories.newest(1, 20)
			.items()
			.stream()
			.filter((card) -> card.badge().articles() == 3)
			.findFirst()
			.orElseThrow()
			.badge()
			.storyId();
	}

	@Test
	void theSeedsAreInBeforeTheServerAnswers() {
		assertThat(STORED_WHEN_SERVING.get()).isEqualTo(5);
	}

	@Test
	void theSeedsFormThreeStoriesAndTheHomePageShowsEachOnce() {
		Document home = get("/");
		assertThat(home.select(".card")).hasSize(3);
		assertThat(home.selectFirst(".count").text()).isEqualTo("Menampilkan 1–3 dari 3 peristiwa");
		Element covered = home.select(".card")
			.stream()
			.filter((card) -> card.selectFirst(".coverage") != null)
			.findFirst()
			.orElseThrow();
		assertThat(covered.selectFirst(".coverage a").attr("href")).isEqualTo("/liputan/" + this.summit);
		assertThat(covered.selectFirst(".coverage").text()).startsWith("+2 media");
		assertThat(home.select(".card .coverage")).hasSize(1);
		// The entity and agency filters beside the list.
		assertThat(home.select(".tag-facet h2").eachText()).contains("Topik", "Kantor berita");
	}

	@Test
	void theStoryPageComparesEveryVersion() {
		Document story = get("/liputan/" + this.summit);
		assertThat(story.selectFirst("h1").text())
			.isEqualTo("Di Hadapan Putin, Kim Jong Un Pastikan Korea Utara Dukung Rusia");
		assertThat(story.select(".version")).hasSize(3);
		assertThat(story.select(".version .outlet").eachText()).containsExactlyInAnyOrder("MDN", "Membumi.com",
				"pelita.online");
		assertThat(story.selectFirst("header .meta").text()).contains("3 artikel dari 3 media")
			.contains("13 September 2023");
		assertThat(story.selectFirst("header .agencies").text()).contains("KCNA", "TASS", "AFP");
		assertThat(story.select("header .entities a").eachAttr("href")).contains("/topik/rusia", "/topik/kim-jong-un");
		// Who each version quotes, and what only it reports.
		assertThat(story.select(".version .facts dd").eachText()).anyMatch((text) -> text.contains("Yoko Kamikawa"));
		assertThat(story.select(".version .own li")).isNotEmpty();
		// The chart in SVG, and the same as a table.
		assertThat(story.select(".coverage-chart svg path")).isNotEmpty();
		assertThat(story.select(".coverage-chart table tbody tr")).hasSize(1);
	}

	@Test
	void anArticleLinksItsStoryAndAnArticleAloneHasNone() {
		StoryBadge badge = this.stories.of(List.of(this.summit)).get(this.summit);
		Document story = get(badge.href());
		String member = story.selectFirst(".version h3 a").attr("href");
		Document article = get(member);
		assertThat(article.selectFirst(".coverage a").text()).isEqualTo("Liputan lengkap: 3 media");
		assertThat(article.selectFirst(".coverage a").attr("href")).isEqualTo("/liputan/" + this.summit);
		assertThat(article.select(".entities a").eachAttr("href")).contains("/topik/korea-utara");
		Document alone = get(this.stories.newest(1, 20)
			.items()
			.stream()
			.filter((card) -> !card.badge().covered())
			.findFirst()
			.orElseThrow()
			.href());
		assertThat(alone.selectFirst(".coverage")).isNull();
		assertThat(alone.select(".quotes li")).isNotEmpty();
	}

	@Test
	void aTopicPageListsTheStoriesThatNameIt() {
		Document topic = get("/topik/korea-utara");
		assertThat(topic.selectFirst("h1").text()).isEqualTo("Korea Utara");
		assertThat(topic.selectFirst(".kicker").text()).isEqualTo("Negara");
		assertThat(topic.selectFirst(".aliases").text()).contains("Korut");
		assertThat(topic.select(".card")).hasSize(3);
		assertThat(topic.selectFirst(".count").text()).isEqualTo("Menampilkan 1–3 dari 3 peristiwa (5 artikel)");
		assertThat(topic.select(".tag-facet a").eachAttr("href")).contains("/topik/rusia");
		Document person = get("/topik/sergey-lavrov");
		assertThat(person.select(".offices li").eachText())
			.anyMatch((office) -> office.contains("Menteri Luar Negeri"));
		assertThat(status("/topik/tidak-ada")).isEqualTo(404);
		assertThat(status("/topik/" + "x".repeat(300))).isEqualTo(404);
	}

	@Test
	void anOutletPageShowsTheAgenciesItReliesOn() {
		Document outlet = get("/?outlet=mdn");
		assertThat(outlet.select(".reliance tbody tr td:first-child").eachText()).contains("Kyodo", "TASS", "KCNA");
		assertThat(outlet.select(".reliance tbody tr td:last-child").eachText())
			.allMatch((share) -> share.equals("100 %"));
		assertThat(outlet.select(".coverage-chart svg path")).isNotEmpty();
		Document agency = get("/?agency=kcna");
		assertThat(agency.select(".card")).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void storyPagesRefuseWhatIsNoStory() {
		assertThat(status("/liputan/999999")).isEqualTo(404);
		assertThat(status("/liputan/abc")).isEqualTo(404);
		assertThat(status("/liputan/" + this.summit + "?page=-3")).isEqualTo(200);
		assertThat(status("/liputan/" + this.summit + "?page=99999999999")).isEqualTo(200);
		assertThat(get("/?entity=%3Cscript%3Ealert(1)%3C%2Fscript%3E").select("script:not([src=/js/warta.js])"))
			.isEmpty();
	}

	@Test
	void aStoryOfAThousandArticlesIsPaged(@Autowired ArticleImporter importer) {
		List<IncomingArticle> batch = new ArrayList<>();
		OffsetDateTime at = OffsetDateTime.parse("2024-05-20T08:00:00+07:00");
		for (int n = 0; n < 1000; n++) {
			batch.add(new IncomingArticle("test:banjir-" + n, new ExtractedArticle(
					"Banjir bandang melanda Sumatra Barat, ribuan warga mengungsi (" + n + ")", "Portal " + (n % 40),
					null, PublicationDate.of(at.plusMinutes(n)), List.of("Antara"), "id",
					List.of(Block.paragraph("Banjir bandang dan lahar dingin melanda Kabupaten Agam dan Tanah Datar,"
							+ " Sumatra Barat, sejak Sabtu malam; ribuan warga mengungsi ke masjid dan sekolah."),
							Block.paragraph("Basarnas dan BNPB mengerahkan tim pencarian ke Lembah Anai, kata kepala"
									+ " posko nomor " + n + " kepada wartawan.")),
					40)));
			if (batch.size() == 100) {
				importer.importAll(batch);
				batch.clear();
			}
		}
		long flood = this.stories.newest(1, 5).items().get(0).badge().storyId();
		StoryBadge badge = this.stories.of(List.of(flood)).get(flood);
		assertThat(badge.articles()).isEqualTo(1000);
		assertThat(badge.outlets()).isEqualTo(40);
		Document first = get("/liputan/" + flood);
		assertThat(first.select(".version")).hasSize(20);
		assertThat(first.select(".pagination ol a").eachText()).contains("1", "2", "50");
		Document last = get("/liputan/" + flood + "?page=50");
		assertThat(last.select(".version")).hasSize(20);
		assertThat(last.select(".version h3").last().text()).endsWith("(999)");
	}

	@Test
	void restoryMakesTheSameStoriesAgain(@Autowired StoryRebuilder rebuilder) {
		List<List<Long>> before = membership();
		List<String> linkedBefore = get("/").select("a[href^=/liputan/]").eachAttr("href");
		rebuilder.rebuild((done) -> {
		});
		assertThat(membership()).isEqualTo(before);
		// The home page shows the new stories, not the ones restory deleted.
		List<String> linked = get("/").select("a[href^=/liputan/]").eachAttr("href");
		assertThat(linked).isNotEmpty().doesNotContainAnyElementsOf(linkedBefore);
		assertThat(linked).allSatisfy((href) -> assertThat(status(href)).as(href).isEqualTo(200));
		this.summit = summitId();
	}

	/** Which seed articles share a story, as lists of article ids. */
	private List<List<Long>> membership() {
		List<List<Long>> groups = new ArrayList<>();
		for (long id = 1; id <= 5; id++) {
			long story = this.catalog.summaries(List.of(id)).get(0).storyId();
			List<Long> members = new ArrayList<>();
			for (long other = 1; other <= 5; other++) {
				if (this.catalog.summaries(List.of(other)).get(0).storyId() == story) {
					members.add(other);
				}
			}
			groups.add(members);
		}
		return groups;
	}

	@Test
	void everyListingPageHasAnAtomFeedThatRomeReads() throws Exception {
		SyndFeed all = feed("/feed.atom");
		assertThat(all.getEntries()).hasSize(5);
		assertThat(all.getEntries())
			.allSatisfy((e) -> assertThat(e.getLink()).matches("http://localhost:\\d+/articles/\\d+"));
		SyndEntry newest = all.getEntries().get(0);
		assertThat(all.getEntries())
			.allSatisfy((e) -> assertThat(e.getPublishedDate()).isBeforeOrEqualTo(newest.getPublishedDate()));
		assertThat(get("/").selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href"))
			.isEqualTo("/feed.atom");

		String outlet = this.catalog.outlets().get(0).slug();
		SyndFeed outletFeed = feed("/feed.atom?outlet=" + outlet);
		assertThat(outletFeed.getEntries()).isNotEmpty()
			.allSatisfy((e) -> assertThat(e.getAuthors().get(0).getName())
				.isEqualTo(this.catalog.outletName(outlet).orElseThrow()));
		assertThat(get("/?outlet=" + outlet).selectFirst("link[rel=alternate]").attr("href"))
			.isEqualTo("/feed.atom?outlet=" + outlet);

		// (Found again: another test may have rebuilt the stories under new numbers.)
		long summit = summitId();
		SyndFeed story = feed("/liputan/" + summit + "/feed.atom");
		assertThat(story.getEntries()).hasSize(3);
		assertThat(get("/liputan/" + summit).selectFirst("link[rel=alternate]").attr("href"))
			.isEqualTo("/liputan/" + summit + "/feed.atom");

		SyndFeed putin = feed("/topik/vladimir-putin/feed.atom");
		assertThat(putin.getTitle()).contains("Vladimir Putin");
		assertThat(putin.getEntries()).isNotEmpty();

		SyndFeed search = feed("/search/feed.atom?q=Vostochny");
		assertThat(search.getEntries()).isNotEmpty().hasSizeLessThan(5);
		assertThat(get("/search?q=Vostochny").selectFirst("link[rel=alternate]").attr("href"))
			.isEqualTo("/search/feed.atom?q=Vostochny");
	}

	@Test
	void feedsRefuseWhatTheyCannotListAndEscapeWhatTheyEcho() throws Exception {
		assertThat(status("/liputan/999999/feed.atom")).isEqualTo(404);
		assertThat(status("/liputan/abc/feed.atom")).isEqualTo(404);
		assertThat(status("/topik/no-such-entity/feed.atom")).isEqualTo(404);
		assertThat(status("/search/feed.atom")).isEqualTo(400);
		SyndFeed hostile = feed("/search/feed.atom?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%20%5D%5D%3E");
		assertThat(hostile.getTitle()).contains("<script>alert(1)</script> ]]>");
		assertThat(send("/search/feed.atom?q=%3Cscript%3E").body()).doesNotContain("<script>");
		assertThat(get("/articles/" + feed("/feed.atom").getEntries().get(0).getLink().replaceAll(".*/", ""))
			.select("link[rel=alternate][type=application/atom+xml]")).isEmpty();
	}

	@Test
	void theJsonApiAnswersWhatThePagesShow() throws Exception {
		JsonNode articles = json("/api/articles");
		assertThat(articles.get("items")).hasSize(5);
		assertThat(articles.get("total").asLong()).isEqualTo(5);
		JsonNode two = json("/api/articles?size=2&page=2");
		assertThat(two.get("items")).hasSize(2);
		assertThat(two.get("totalPages").asInt()).isEqualTo(3);
		String outlet = this.catalog.outlets().get(0).slug();
		assertThat(json("/api/articles?outlet=" + outlet).get("items"))
			.allSatisfy((a) -> assertThat(a.get("outletSlug").asString()).isEqualTo(outlet));
		long id = articles.get("items").get(0).get("id").asLong();
		JsonNode article = json("/api/articles/" + id);
		assertThat(article.get("title").asString()).isEqualTo(articles.get("items").get(0).get("title").asString());
		assertThat(article.get("body")).isNotEmpty();
		assertThat(article.get("body").get(0).get("kind").asString()).isIn("paragraph", "heading");

		JsonNode search = json("/api/search?q=Vostochny");
		assertThat(search.get("hits").get("items")).isNotEmpty();
		assertThat(search.get("query").asString()).isEqualTo("Vostochny");
		assertThat(json("/api/outlets")).isNotEmpty();
		assertThat(json("/api/stories").get("items")).hasSize(3);
		long summit = summitId();
		assertThat(json("/api/stories/" + summit).get("members").get("items")).hasSize(3);
		JsonNode putin = json("/api/entities/vladimir-putin");
		assertThat(putin.get("name").asString()).isEqualTo("Vladimir Putin");
		assertThat(putin.get("articles").get("items")).isNotEmpty();
	}

	@Test
	void theApiRefusesBadInputClearlyAndAnswersConditionalRequests() throws Exception {
		assertThat(status("/api/articles/999999")).isEqualTo(404);
		assertThat(status("/api/articles/abc")).isEqualTo(404);
		assertThat(status("/api/stories/999999")).isEqualTo(404);
		assertThat(status("/api/entities/no-such-entity")).isEqualTo(404);
		assertThat(status("/api/search")).isEqualTo(400);
		assertThat(status("/api/search?q=%20")).isEqualTo(400);
		assertThat(status("/api/articles?size=abc")).isEqualTo(400);
		assertThat(json("/api/articles?size=100000").get("size").asInt()).isEqualTo(ApiController.MAX_SIZE);
		assertThat(json("/api/search?q=" + "%3Cscript%3E%22%5C".repeat(200)).get("hits")).isNotNull();
		HttpResponse<String> first = send("/api/articles");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> again = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/articles"))
				.header("If-None-Match", etag)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(again.statusCode()).isEqualTo(304);
		String feedTag = send("/feed.atom").headers().firstValue("ETag").orElseThrow();
		assertThat(client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/feed.atom"))
				.header("If-None-Match", feedTag)
				.build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(304);
		JsonNode docs = json("/v3/api-docs");
		assertThat(docs.get("paths").propertyNames()).contains("/api/articles", "/api/articles/{id}", "/api/search",
				"/api/outlets", "/api/stories", "/api/stories/{id}", "/api/entities/{slug}");
	}

	@Test
	void swaggerUiIsServedAndPageLinksAreNotLookedUpAsStaticFiles(@Autowired ApplicationContext context) {
		assertThat(status("/swagger-ui/index.html")).isEqualTo(200);
		// Boot's resource chain (on by itself with webjars-locator-lite) would look every
		// link of every page up in the jar as a static file.
		assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
		assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
			.noneMatch((registration) -> registration.getFilter() instanceof ResourceUrlEncodingFilter);
	}

	@Test
	void robotsSitemapFaviconAndTheArticlesPreviewTags() throws Exception {
		HttpResponse<String> robots = send("/robots.txt", "text/plain");
		assertThat(robots.statusCode()).isEqualTo(200);
		assertThat(robots.body()).contains("Disallow: /admin",
				"Sitemap: http://localhost:" + this.port + "/sitemap.xml");
		String index = send("/sitemap.xml", "application/xml").body();
		assertThat(index).contains("<sitemapindex", "/sitemap-articles-1.xml</loc>", "/sitemap-stories.xml</loc>");
		String articles = send("/sitemap-articles-1.xml", "application/xml").body();
		assertThat(articles.split("<url>")).hasSize(6);
		assertThat(send("/sitemap-stories.xml", "application/xml").body())
			.contains("/liputan/" + summitId() + "</loc>");
		assertThat(status("/sitemap-articles-2.xml")).isEqualTo(404);
		assertThat(status("/sitemap-articles-abc.xml")).isEqualTo(404);
		assertThat(send("/favicon.ico", "image/*").statusCode()).isEqualTo(200);
		assertThat(send("/favicon.svg", "image/*").statusCode()).isEqualTo(200);

		long id = json("/api/articles").get("items").get(0).get("id").asLong();
		Document article = get("/articles/" + id);
		assertThat(article.selectFirst("link[rel=canonical]").attr("href"))
			.isEqualTo("http://localhost:" + this.port + "/articles/" + id);
		assertThat(article.selectFirst("meta[property=og:title]").attr("content"))
			.isEqualTo(article.selectFirst("h1").text());
		assertThat(article.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
		assertThat(article.selectFirst("meta[property=og:description]").attr("content")).isNotBlank()
			.hasSizeLessThanOrEqualTo(PageMeta.MAX_DESCRIPTION + 1);
		assertThat(get("/").select("link[rel=canonical]")).isEmpty();
		assertThat(get("/").selectFirst("link[rel=icon]").attr("href")).isEqualTo("/favicon.svg");
	}

	@Test
	void exportsASearchOrAFilterAsCsvAndJsonLines() {
		HttpResponse<String> all = send("/export.csv", "text/csv");
		assertThat(all.statusCode()).isEqualTo(200);
		assertThat(all.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", "warta.csv");
		String[] lines = all.body().split("\r\n");
		assertThat(lines[0]).isEqualTo("\ufeffid,title,outlet,outlet_slug,published,words,story,url,lead");
		assertThat(lines).hasSize(6);
		assertThat(send("/export.csv?q=Vostochny", "text/csv").body().split("\r\n")).hasSizeBetween(2, 5);
		String jsonl = send("/export.jsonl?q=Putin", "application/jsonl").body();
		assertThat(jsonl.lines().toList()).isNotEmpty()
			.allSatisfy((line) -> assertThat(JSON.readTree(line).get("url").asString()).contains("/articles/"));
		assertThat(send("/export.jsonl?q=%22%22%22", "application/jsonl").statusCode()).isEqualTo(200);
		assertThat(status("/export.xlsx")).isEqualTo(404);
		assertThat(get("/search?q=Vostochny").select(".export a").eachAttr("href"))
			.containsExactly("/export.csv?q=Vostochny", "/export.jsonl?q=Vostochny", "/search/feed.atom?q=Vostochny");
	}

	@Test
	void theHeaderSearchBoxKeepsTheQueryAndTheOutletFilter() throws Exception {
		String outlet = this.catalog.outlets().get(0).slug();
		long id = json("/api/articles").get("items").get(0).get("id").asLong();
		Document article = get("/articles/" + id + "?q=Putin&outlet=" + outlet);
		assertThat(article.selectFirst("#search-q").val()).isEqualTo("Putin");
		assertThat(article.select(".search-box input[name=outlet]").eachAttr("value")).containsExactly(outlet);
		Document home = get("/?outlet=" + outlet);
		assertThat(home.select(".search-box input[name=outlet]").eachAttr("value")).containsExactly(outlet);
		assertThat(get("/").select(".search-box input[name=outlet]")).isEmpty();
		assertThat(status("/no-such-page")).isEqualTo(404);
	}

	@Test
	void csvFieldsAreQuotedAndFormulasDefused() {
		assertThat(ExportController.csvField("a, \"b\"\nc")).isEqualTo("\"a, \"\"b\"\"\nc\"");
		assertThat(ExportController.csvField("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(ExportController.csvField("@cmd")).isEqualTo("'@cmd");
		assertThat(ExportController.csvField(-5)).isEqualTo("-5");
		assertThat(ExportController.csvField(null)).isEmpty();
	}

	private JsonNode json(String path) {
		HttpResponse<String> response = send(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("application/json");
		return JSON.readTree(response.body());
	}

	private SyndFeed feed(String path) throws Exception {
		HttpResponse<String> response = send(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
		return new SyndFeedInput().build(new StringReader(response.body()));
	}

	private Document get(String path) {
		HttpResponse<String> response = send(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body(), response.uri().toString());
	}

	private int status(String path) {
		return send(path).statusCode();
	}

	private HttpResponse<String> send(String path) {
		return send(path, path.startsWith("/api/") || path.startsWith("/v3/") ? "application/json" : "text/html");
	}

	private HttpResponse<String> send(String path, String accept) {
		try {
			return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Accept", accept)
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
