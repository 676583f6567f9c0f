package id.warta.source;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How pages are fetched from the web: politeness towards the sites and safety for the
 * machine Warta runs on. The defaults are those trusted crawlers ship with.
 *
 * @param userAgent how Warta introduces itself, also the name robots.txt rules are
 * matched against
 * @param hostDelay the least time between two requests to one host
 * @param maxCrawlDelay the longest robots.txt {@code Crawl-delay} that is honoured
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for data once connected
 * @param maxBodySize bodies are cut off (and refused) above this size
 * @param maxRedirects redirects followed before giving up
 * @param maxRetries retries after a 5xx answer or a timeout; none after a 4xx
 * @param retryBackoff the wait before the first retry, doubled before each next one
 * @param robotsCacheTime how long a host's robots.txt is kept
 * @param allowPrivateAddresses lets requests reach loopback and private addresses; for
 * tests against local servers only, never in production
 */
@ConfigurationProperties("warta.fetch")
public record FetchSettings(@DefaultValue("WartaBot/0.1 (+https://github.com/warta/warta)") String userAgent,
		@DefaultValue("2s") Duration hostDelay, @DefaultValue("30s") Duration maxCrawlDelay,
		@DefaultValue("5s") Duration connectTimeout, @DefaultValue("15s") Duration readTimeout,
		@DefaultValue("10MB") DataSize maxBodySize, @DefaultValue("5") int maxRedirects,
		@DefaultValue("3") int maxRetries, @DefaultValue("1s") Duration retryBackoff,
		@DefaultValue("1h") Duration robotsCacheTime, @DefaultValue("false") boolean allowPrivateAddresses) {

	/**
	 * The defaults, for code that runs without Spring (tests, benchmarks).
	 */
	public static FetchSettings defaults() {
		return new FetchSettings("WartaBot/0.1 (+https://github.com/warta/warta)", Duration.ofSeconds(2),
				Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(15), DataSize.ofMegabytes(10), 5, 3,
				Duration.ofSeconds(1), Duration.ofHours(1), false);
	}

}
