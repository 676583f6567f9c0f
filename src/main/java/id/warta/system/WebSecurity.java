package id.warta.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every page, the reader's and the admin's: a Content Security
 * Policy that lets no inline script run and no other site frame a page, no MIME sniffing,
 * no referrer beyond the origin to other sites, no powerful browser features, and HSTS
 * when served over TLS (behind a proxy too: Tomcat trusts its forwarded headers from
 * internal addresses). The reader's pages need no sign-in; {@code /admin} has a chain of
 * its own, which takes these headers too.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebSecurity {

	/** Scripts, styles, fonts and images from Warta itself only; inline SVG is markup. */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	/** Sets the headers on a chain's responses. */
	public static void secureHeaders(HttpSecurity http) throws Exception {
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
			.frameOptions((frames) -> frames.deny()));
	}

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityFilterChain readerFilterChain(HttpSecurity http) throws Exception {
		secureHeaders(http);
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			// Public pages leave caching to their own headers (static files are cached).
			.headers((headers) -> headers.cacheControl((cache) -> cache.disable()))
			// No session and nothing that a forged request could change: no CSRF tokens.
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.sessionManagement((session) -> session.disable())
			.securityContext((context) -> context.disable())
			.anonymous((anonymous) -> anonymous.disable());
		return http.build();
	}

}
