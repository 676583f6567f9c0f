package id.warta.search;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import id.warta.system.Throttle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps one client from taking every core with searches: each address may search
 * {@link SearchSettings#requestsPerSecondPerClient()} times a second, in bursts of ten
 * seconds' worth; beyond that it gets 429 with a Retry-After until it slows down.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SearchThrottle {

	private static final Logger logger = LoggerFactory.getLogger(SearchThrottle.class);

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> searchThrottleFilter(SearchSettings settings, Clock clock) {
		int rate = settings.requestsPerSecondPerClient();
		@Nullable Throttle throttle = (rate > 0) ? new Throttle(rate * 10L, Duration.ofSeconds(10), clock) : null;
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {

					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						String address = request.getRemoteAddr();
						if (throttle == null || throttle.tryTake(address)) {
							chain.doFilter(request, response);
							return;
						}
						SearchThrottle.logger.debug("Searches from {} throttled", address);
						response.setHeader("Retry-After",
								String.valueOf(Math.max(1, throttle.retryAfter(address).toSeconds() + 1)));
						response.sendError(429);
					}

				});
		registration.addUrlPatterns("/search");
		return registration;
	}

}
