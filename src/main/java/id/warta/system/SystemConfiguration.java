package id.warta.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Beans every feature may use.
 */
@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

	@Bean
	static DeferredBeans deferredBeans() {
		return new DeferredBeans();
	}

	@Bean
	static TemplateCaches templateCaches() {
		return new TemplateCaches();
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
