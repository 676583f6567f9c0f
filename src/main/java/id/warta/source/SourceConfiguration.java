package id.warta.source;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one fetcher the application shares, so that its per-host slots and robots.txt cache
 * hold across sources.
 */
@Configuration(proxyBeanMethods = false)
class SourceConfiguration {

	@Bean
	PoliteFetcher politeFetcher(FetchSettings settings) {
		return new PoliteFetcher(settings);
	}

}
