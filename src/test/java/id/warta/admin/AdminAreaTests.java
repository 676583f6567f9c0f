package id.warta.admin;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.warta.TemporaryDataDir;
import id.warta.source.SourceForm;
import id.warta.source.SourceKind;
import id.warta.source.SourceService;
import id.warta.source.SourceView;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin area: sign-in required, CSRF enforced, the public pages left alone, and a
 * feed added, run and logged through the pages.
 */
@SpringBootTest(properties = { "warta.admin.password=rahasia-uji", "warta.fetch.allow-private-addresses=true",
		"warta.fetch.host-delay=0", "warta.sources.scheduling=false" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class AdminAreaTests {

	private static final Pattern SOURCE_ID = Pattern.compile("/admin/sources/(\\d+)");

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		TemporaryDataDir.register(registry);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	SourceService sources;

	@Autowired
	AdminAccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void publicPagesNeedNoSignIn() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isOk());
		this.mvc.perform(get("/search").param("q", "natuna")).andExpect(status().isOk());
	}

	@Test
	void theAdminAreaRequiresSignIn() throws Exception {
		this.mvc.perform(get("/admin/sources"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/login"));
		this.mvc.perform(get("/admin")).andExpect(redirectedUrl("/admin/login"));
		this.mvc.perform(get("/admin/sources/opml")).andExpect(redirectedUrl("/admin/login"));
		this.mvc.perform(get("/admin/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void healthIsPublicAndTheOtherEndpointsNeedTheAdmin() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"status\":\"UP\"")))
			.andExpect(content().string(not(containsString("components"))));
		for (String endpoint : List.of("/actuator/info", "/actuator/metrics", "/actuator/prometheus",
				"/actuator/metrics/jvm.memory.used", "/actuator")) {
			this.mvc.perform(get(endpoint)).andExpect(status().isUnauthorized());
			this.mvc.perform(get(endpoint).with(user("reader").roles("READER"))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/actuator/health").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(containsString("components")));
		this.mvc.perform(get("/actuator/info").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"java\"")));
		this.mvc.perform(get("/actuator/metrics").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm.memory.used")));
		this.mvc.perform(get("/actuator/prometheus").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "rahasia-uji")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "salah")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void wrongBasicPasswordsAreThrottledLikeTheSignInForm() throws Exception {
		for (int i = 0; i < SignInThrottle.PER_USER; i++) {
			this.mvc.perform(get("/actuator/metrics").with(httpBasic("penebak", "salah-" + i)))
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/actuator/metrics").with(httpBasic("penebak", "salah-lagi")))
			.andExpect(status().isTooManyRequests());
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	@Test
	void signsInWithTheConfiguredPasswordOnly() throws Exception {
		this.mvc.perform(formLogin("/admin/login").user("admin").password("rahasia-uji"))
			.andExpect(authenticated().withRoles("ADMIN"))
			.andExpect(redirectedUrl("/admin/sources"));
		this.mvc.perform(formLogin("/admin/login").user("admin").password("admin"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/admin/login?error"));
	}

	@Test
	void everyPostNeedsTheCsrfToken() throws Exception {
		this.mvc
			.perform(post("/admin/sources").with(user("admin").roles("ADMIN"))
				.param("url", "https://a.test/rss")
				.param("pollMinutes", "30"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/login").param("username", "admin").param("password", "rahasia-uji"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/sources/1/run").with(user("admin").roles("ADMIN")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/sources/1/delete").with(user("admin").roles("ADMIN")).with(csrf().useInvalidToken()))
			.andExpect(status().isForbidden());
	}

	@Test
	void refusesAnAddressThatIsNoWebAddressOrABadPattern() throws Exception {
		this.mvc
			.perform(post("/admin/sources").with(user("admin").roles("ADMIN"))
				.with(csrf())
				.param("url", "file:///etc/passwd")
				.param("pollMinutes", "30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("field-error")));
	}

	@Test
	void addsAFeedRunsItAndShowsItsLog() throws Exception {
		try (MockWebServer site = new MockWebServer()) {
			site.setDispatcher(new Dispatcher() {
				@Override
				public MockResponse dispatch(RecordedRequest request) {
					String path = request.getTarget();
					if (path.equals("/rss")) {
						return new MockResponse.Builder().addHeader("Content-Type", "application/rss+xml")
							.body(rss(
									site.url("/berita/2024/03/05/menteri-tiba-di-jakarta-untuk-berunding").toString()))
							.build();
					}
					if (path.equals("/berita/2024/03/05/menteri-tiba-di-jakarta-untuk-berunding")) {
						return new MockResponse.Builder().addHeader("Content-Type", "text/html")
							.body(article())
							.build();
					}
					return new MockResponse.Builder().code(404).build();
				}
			});
			site.start(java.net.InetAddress.getLoopbackAddress(), 0);
			String location = this.mvc
				.perform(post("/admin/sources").with(user("admin").roles("ADMIN"))
					.with(csrf())
					.param("url", site.url("/rss").toString())
					.param("name", "Kantor Berita Uji")
					.param("kind", "")
					.param("pollMinutes", "30"))
				.andExpect(status().is3xxRedirection())
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			Matcher id = SOURCE_ID.matcher(location);
			assertThat(id.find()).isTrue();
			long sourceId = Long.parseLong(id.group(1));
			this.mvc
				.perform(post("/admin/sources/" + sourceId + "/run").with(user("admin").roles("ADMIN")).with(csrf()))
				.andExpect(redirectedUrl("/admin/sources/" + sourceId));
			SourceView done = awaitRun(sourceId);
			assertThat(done.newCount()).isEqualTo(1);
			assertThat(done.kind()).hasToString("FEED");
			this.mvc.perform(get("/admin/sources/" + sourceId).with(user("admin").roles("ADMIN")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Kantor Berita Uji")))
				.andExpect(content().string(containsString("menteri-tiba-di-jakarta-untuk-berunding")));
			this.mvc.perform(get("/admin/sources").with(user("admin").roles("ADMIN")))
				.andExpect(content().string(containsString("Kantor Berita Uji")));
			this.mvc.perform(get("/admin/sources/opml").with(user("admin").roles("ADMIN")))
				.andExpect(content().string(containsString("xmlUrl=\"" + site.url("/rss"))));
			this.mvc.perform(get("/").with(user("nobody")))
				.andExpect(content().string(containsString("Menteri tiba di Jakarta untuk berunding")));
		}
	}

	@Test
	void aFailedFetchIsExplainedInTheReadersLanguageWithItsDetailBeside() throws Exception {
		try (MockWebServer site = new MockWebServer()) {
			site.setDispatcher(new Dispatcher() {
				@Override
				public MockResponse dispatch(RecordedRequest request) {
					return new MockResponse.Builder().code(404).build();
				}
			});
			site.start(java.net.InetAddress.getLoopbackAddress(), 0);
			long sourceId = this.sources
				.add(new SourceForm(site.url("/hilang.xml").toString(), SourceKind.FEED, "Umpan Hilang", null, 30));
			this.sources.runNow(sourceId);
			SourceView done = awaitRun(sourceId);
			assertThat(done.lastErrorReason()).isEqualTo("CLIENT_ERROR");
			this.mvc.perform(get("/admin/sources/" + sourceId).with(user("admin").roles("ADMIN")))
				.andExpect(content().string(containsString("Situs menolak permintaan (HTTP 404).")))
				.andExpect(content().string(containsString("HTTP 404 from")));
			this.mvc.perform(get("/admin/sources/" + sourceId).param("lang", "en").with(user("admin").roles("ADMIN")))
				.andExpect(content().string(containsString("The site refused the request (HTTP 404).")))
				.andExpect(content().string(not(containsString("??admin."))));
			this.mvc.perform(get("/admin/sources").with(user("admin").roles("ADMIN")))
				.andExpect(content().string(containsString("Situs menolak permintaan.")));
		}
	}

	@Test
	void deletingAsksFirstAndAnAddressAlreadyASourceSaysWhichOne() throws Exception {
		long id = this.sources.add(new SourceForm("https://sekali.test/rss", SourceKind.FEED, "Sekali Saja", null, 30));
		this.mvc.perform(get("/admin/sources/" + id).with(user("admin").roles("ADMIN")))
			.andExpect(content().string(containsString("href=\"/admin/sources/" + id + "/delete\"")));
		this.mvc.perform(get("/admin/sources/" + id + "/delete").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hapus sumber Sekali Saja?")))
			.andExpect(content().string(containsString("action=\"/admin/sources/" + id + "/delete\"")));
		assertThat(this.sources.find(id)).isPresent();
		this.mvc
			.perform(post("/admin/sources").with(user("admin").roles("ADMIN"))
				.with(csrf())
				.param("url", " https://sekali.test/rss ")
				.param("pollMinutes", "30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Alamat ini sudah menjadi sumber:")))
			.andExpect(content().string(containsString("href=\"/admin/sources/" + id + "\"")));
		assertThat(this.sources.list()).filteredOn((source) -> source.url().equals("https://sekali.test/rss"))
			.hasSize(1);
		this.mvc.perform(post("/admin/sources/" + id + "/delete").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/admin/sources"));
		assertThat(this.sources.find(id)).isEmpty();
		this.mvc.perform(get("/admin/sources/" + id + "/delete").with(user("admin").roles("ADMIN")))
			.andExpect(status().isNotFound());
	}

	@Test
	void anUploadThatIsNoOpmlIsAnError() throws Exception {
		int before = this.sources.list().size();
		for (byte[] upload : List.of("<html><body><a href=\"https://x.test/rss\">x</a></body></html>".getBytes(),
				new byte[] { 0, 1, 2, (byte) 0xff, (byte) 0xfe, 60, 111 }, "bukan xml sama sekali".getBytes())) {
			String flash = this.mvc
				.perform(multipart("/admin/sources/opml")
					.file(new MockMultipartFile("file", "x.opml", "text/xml", upload))
					.with(user("admin").roles("ADMIN"))
					.with(csrf()))
				.andExpect(redirectedUrl("/admin/sources"))
				.andReturn()
				.getFlashMap()
				.get("opmlError")
				.toString();
			assertThat(flash).isEqualTo("admin.error.opml");
		}
		this.mvc
			.perform(multipart("/admin/sources/opml")
				.file(new MockMultipartFile("file", "x.opml", "text/xml", new byte[0]))
				.with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(flash().attribute("opmlError", "admin.error.opml.empty"));
		this.mvc
			.perform(
					get("/admin/sources").with(user("admin").roles("ADMIN")).flashAttr("opmlError", "admin.error.opml"))
			.andExpect(content().string(containsString("Berkas ini bukan OPML")));
		assertThat(this.sources.list()).hasSize(before);
	}

	@Test
	void importsOpml() throws Exception {
		String opml = "<opml version=\"2.0\"><body><outline type=\"rss\" text=\"Satu\" xmlUrl=\"https://satu.test/rss\"/>"
				+ "<outline text=\"Jahat\" xmlUrl=\"file:///etc/passwd\"/></body></opml>";
		this.mvc.perform(multipart("/admin/sources/opml")
			.file(new MockMultipartFile("file", "langganan.opml", "text/xml", opml.getBytes(StandardCharsets.UTF_8)))
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).andExpect(redirectedUrl("/admin/sources"));
		assertThat(this.sources.list()).extracting(SourceView::url)
			.contains("https://satu.test/rss")
			.doesNotContain("file:///etc/passwd");
	}

	@Test
	void opmlEntriesAreCheckedByTheFormsRules() {
		String opml = "<opml version=\"2.0\"><body>"
				+ "<outline text=\"Baik\" xmlUrl=\"https://baik.test/rss\" wartaPollMinutes=\"60\"/>"
				+ "<outline text=\"Terlalu sering\" xmlUrl=\"https://sering.test/rss\" wartaPollMinutes=\"1\"/>"
				+ "<outline text=\"Terlalu jarang\" xmlUrl=\"https://jarang.test/rss\" wartaPollMinutes=\"99999\"/>"
				+ "<outline text=\"Pola rusak\" url=\"https://pola.test/politik\" wartaPattern=\"[berita\"/>"
				+ "<outline text=\"" + "n".repeat(201) + "\" xmlUrl=\"https://nama.test/rss\"/>"
				+ "<outline text=\"Pola panjang\" url=\"https://panjang.test/\" wartaPattern=\"" + "a".repeat(501)
				+ "\"/></body></opml>";
		assertThat(this.sources.importOpml(opml)).isEqualTo(1);
		assertThat(this.sources.list()).extracting(SourceView::url)
			.contains("https://baik.test/rss")
			.doesNotContain("https://sering.test/rss", "https://jarang.test/rss", "https://pola.test/politik",
					"https://nama.test/rss", "https://panjang.test/");
	}

	@Test
	void generatesAPasswordOnceLogsItOnceAndStoresOnlyItsHash(CapturedOutput output) {
		AdminUsers users = new AdminUsers(new AdminSettings("redaksi", null), this.accounts, this.encoder,
				Clock.systemUTC());
		String hash = users.passwordHash();
		Matcher logged = Pattern.compile("Generated admin password for user 'redaksi': (\\S+)")
			.matcher(output.getAll());
		assertThat(logged.find()).isTrue();
		assertThat(this.encoder.matches(logged.group(1), hash)).isTrue();
		assertThat(this.accounts.findById("redaksi").orElseThrow().getPasswordHash()).isEqualTo(hash)
			.doesNotContain(logged.group(1));
		assertThat(users.passwordHash()).isEqualTo(hash);
		assertThat(logged.find()).as("logged only once").isFalse();
	}

	private SourceView awaitRun(long id) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			SourceView source = this.sources.find(id).orElseThrow();
			if (!source.running() && source.lastRunAt() != null) {
				return source;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("source " + id + " did not finish its run");
	}

	private static String rss(String link) {
		return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Uji</title><link>http://x/</link>"
				+ "<description>d</description><item><title>Menteri</title><link>" + link
				+ "</link></item></channel></rss>";
	}

	private static String article() {
		StringBuilder html = new StringBuilder("<html><head><title>Menteri tiba di Jakarta untuk berunding</title>"
				+ "<meta property=\"og:site_name\" content=\"Kantor Berita Uji\"></head><body><article>"
				+ "<h1>Menteri tiba di Jakarta untuk berunding</h1>");
		for (String paragraph : List.of(
				"Menteri luar negeri negara tetangga tiba di Jakarta pada Selasa pagi untuk memulai perundingan tentang batas laut.",
				"Perundingan itu diperkirakan berlangsung tiga hari dan akan membahas kerja sama nelayan serta patroli bersama.",
				"Para pengamat menilai pertemuan ini penting bagi stabilitas kawasan setelah ketegangan beberapa bulan terakhir.",
				"Pemerintah Indonesia menyatakan siap mencari jalan tengah yang menguntungkan kedua belah pihak di perbatasan.")) {
			html.append("<p>").append(paragraph).append("</p>");
		}
		return html.append("</article></body></html>").toString();
	}

}
