package id.warta.story;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETags on the API's answers, so that a client polling them gets a 304 when nothing
 * changed.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		// (The feeds set their own ETag: a pattern wide enough for them would hash every
		// story and topic page too.)
		registration.addUrlPatterns("/api/*");
		registration.setName("apiEtags");
		return registration;
	}

}
