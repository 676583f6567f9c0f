package id.warta.story;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETags on the API's answers and the feeds, so that a client polling them gets a 304 when
 * nothing changed.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/api/*", "/feed.atom", "/search/feed.atom", "/liputan/*", "/topik/*");
		registration.setName("apiEtags");
		return registration;
	}

}
