package id.warta.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import id.warta.TemporaryDataDir;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in throttled per user name and per address, never for good; searches throttled per
 * address.
 */
@SpringBootTest(properties = { "warta.admin.password=rahasia-uji", "warta.sources.scheduling=false",
		"warta.search.requests-per-second-per-client=1" })
@AutoConfigureMockMvc
class ThrottlingTests {

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		TemporaryDataDir.register(registry);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MovableClock clock;

	@Test
	void wrongPasswordsForOneUserMakeItWaitThenTheRealAdminGetsIn() throws Exception {
		for (int i = 0; i < SignInThrottle.PER_USER; i++) {
			this.mvc.perform(signIn("admin", "tebakan-" + i, "10.0.0." + i))
				.andExpect(redirectedUrl("/admin/login?error"));
		}
		// Even the right password waits, from any address: the name is being guessed.
		this.mvc.perform(signIn("admin", "rahasia-uji", "10.9.9.9"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		this.mvc.perform(signIn("ADMIN ", "tebakan", "10.9.9.9")).andExpect(status().isTooManyRequests());
		// Another name is not held up by it.
		this.mvc.perform(signIn("redaksi", "tebakan", "10.9.9.9")).andExpect(redirectedUrl("/admin/login?error"));
		this.clock.advance(Duration.ofSeconds(61));
		this.mvc.perform(signIn("admin", "rahasia-uji", "10.9.9.9")).andExpect(redirectedUrl("/admin/sources"));
	}

	@Test
	void wrongPasswordsFromOneAddressMakeItWait() throws Exception {
		for (int i = 0; i < SignInThrottle.PER_ADDRESS; i++) {
			this.mvc.perform(signIn("penebak-" + i, "tebakan", "192.0.2.7"))
				.andExpect(redirectedUrl("/admin/login?error"));
		}
		this.mvc.perform(signIn("lain", "tebakan", "192.0.2.7")).andExpect(status().isTooManyRequests());
		this.mvc.perform(signIn("lain", "tebakan", "192.0.2.8")).andExpect(redirectedUrl("/admin/login?error"));
		this.clock.advance(Duration.ofMinutes(1));
		this.mvc.perform(signIn("lain", "tebakan", "192.0.2.7")).andExpect(redirectedUrl("/admin/login?error"));
	}

	@Test
	void searchesFromOneAddressBeyondItsRateWait() throws Exception {
		for (int i = 0; i < 10; i++) {
			this.mvc.perform(get("/search").param("q", "rusia").with(from("198.51.100.1"))).andExpect(status().isOk());
		}
		this.mvc.perform(get("/search").param("q", "rusia").with(from("198.51.100.1")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		this.mvc.perform(get("/search").param("q", "rusia").with(from("198.51.100.2"))).andExpect(status().isOk());
		this.mvc.perform(get("/").with(from("198.51.100.1"))).andExpect(status().isOk());
		this.clock.advance(Duration.ofSeconds(2));
		this.mvc.perform(get("/search").param("q", "rusia").with(from("198.51.100.1"))).andExpect(status().isOk());
	}

	private static MockHttpServletRequestBuilder signIn(String user, String password, String address) {
		return post("/admin/login").param("username", user)
			.param("password", password)
			.with(csrf())
			.with(from(address));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** The application's clock, moved by the tests. */
	static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-12-01T08:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

}
