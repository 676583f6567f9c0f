package id.warta.article;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A fixed clock for slices that do not load the system configuration.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestClock {

	@Bean
	Clock clock() {
		return Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
	}

}
