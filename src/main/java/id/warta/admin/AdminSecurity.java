package id.warta.admin;

import java.time.Clock;

import id.warta.system.WebSecurity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Form sign-in for {@code /admin/**} and nothing else: the reader's pages match the
 * reader's chain ({@link WebSecurity}), which asks no sign-in. CSRF protection is Spring
 * Security's default, on every POST. It is a {@link WebMvcConfigurer} too (for the
 * sign-in page), which also brings it into {@code @WebMvcTest} slices, so that they keep
 * the public pages public.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AdminSecurity implements WebMvcConfigurer {

	static final String LOGIN = "/admin/login";

	@Bean
	@Order(0)
	SecurityFilterChain adminFilterChain(HttpSecurity http, SignInThrottle throttle) throws Exception {
		WebSecurity.secureHeaders(http);
		http.securityMatcher("/admin", "/admin/**")
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers(LOGIN).permitAll().anyRequest().hasRole("ADMIN"))
			.addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
			.formLogin((form) -> form.loginPage(LOGIN)
				.loginProcessingUrl(LOGIN)
				.defaultSuccessUrl("/admin/sources", true)
				.failureHandler(throttle))
			.logout((logout) -> logout.logoutUrl("/admin/logout").logoutSuccessUrl(LOGIN + "?logout"));
		return http.build();
	}

	/**
	 * The actuator: {@code health} for anyone (a load balancer's check, details for the
	 * admin only), {@code info}, {@code metrics} and {@code prometheus} for the admin,
	 * signed in through the form or, for a scraper, with HTTP Basic.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain actuatorFilterChain(HttpSecurity http, SignInThrottle throttle) throws Exception {
		WebSecurity.secureHeaders(http);
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to("health"))
				.permitAll()
				.anyRequest()
				.hasRole("ADMIN"))
			.addFilterBefore(throttle.basic(), BasicAuthenticationFilter.class)
			.httpBasic(Customizer.withDefaults())
			// Scrapers send no CSRF token, and no actuator endpoint here changes
			// anything.
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	@Bean
	SignInThrottle signInThrottle(ObjectProvider<Clock> clock) {
		return new SignInThrottle(clock.getIfAvailable(Clock::systemUTC));
	}

	/** The throttle runs in the admin's chain only, not as a filter of every request. */
	@Bean
	FilterRegistrationBean<SignInThrottle> signInThrottleOutsideTheChain(SignInThrottle throttle) {
		FilterRegistrationBean<SignInThrottle> registration = new FilterRegistrationBean<>(throttle);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController(LOGIN).setViewName("admin/login");
		registry.addRedirectViewController("/admin", "/admin/sources");
	}

}
