package id.warta.admin;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import id.warta.system.Throttle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down guessing the admin's password: wrong passwords are counted per client
 * address and per user name, and a sign-in from an address or for a name that has spent
 * its allowance is refused with 429 before the password is even checked. Allowances come
 * back over time — a name one try a minute after its first {@value #PER_USER} — so the
 * real admin is let in again at most a minute or two after an attack stops, never locked
 * out for good.
 */
class SignInThrottle extends OncePerRequestFilter implements AuthenticationFailureHandler {

	private static final Logger logger = LoggerFactory.getLogger(SignInThrottle.class);

	/** Wrong passwords in a row for one user name before it waits. */
	static final int PER_USER = 5;

	/** Wrong passwords in a row from one address before it waits. */
	static final int PER_ADDRESS = 20;

	private final Throttle users;

	private final Throttle addresses;

	private final AuthenticationFailureHandler failed = new SimpleUrlAuthenticationFailureHandler(
			AdminSecurity.LOGIN + "?error");

	SignInThrottle(Clock clock) {
		this.users = new Throttle(PER_USER, Duration.ofMinutes(PER_USER), clock);
		this.addresses = new Throttle(PER_ADDRESS, Duration.ofMinutes(10), clock);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& (request.getContextPath() + AdminSecurity.LOGIN).equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String user = user(request);
		String address = request.getRemoteAddr();
		if (this.users.allows(user) && this.addresses.allows(address)) {
			chain.doFilter(request, response);
			return;
		}
		// Until both allow a try again: a bucket with tries left waits for none.
		Duration userWait = this.users.retryAfter(user);
		Duration addressWait = this.addresses.retryAfter(address);
		Duration wait = (userWait.compareTo(addressWait) > 0) ? userWait : addressWait;
		logger.warn("Sign-in refused for a while: too many wrong passwords for this user or from {}", address);
		response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.toSeconds() + 1)));
		response.sendError(429);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		this.users.take(user(request));
		this.addresses.take(request.getRemoteAddr());
		this.failed.onAuthenticationFailure(request, response, exception);
	}

	/**
	 * The same throttle for HTTP Basic (the actuator's scrapers): a request whose
	 * credentials fail counts as a wrong password for its user name and address, and a
	 * user name or address with too many waits before it may try again.
	 */
	OncePerRequestFilter basic() {
		return new OncePerRequestFilter() {

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				String header = request.getHeader("Authorization");
				return header == null || !header.regionMatches(true, 0, "Basic ", 0, 6);
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String user = basicUser(request.getHeader("Authorization"));
				String address = request.getRemoteAddr();
				if (!SignInThrottle.this.users.allows(user) || !SignInThrottle.this.addresses.allows(address)) {
					SignInThrottle.logger.warn(
							"HTTP Basic refused for a while: too many wrong passwords for this user or from {}",
							address);
					response.setHeader("Retry-After",
							String.valueOf(Math.max(1,
									SignInThrottle.this.users.retryAfter(user)
										.plus(SignInThrottle.this.addresses.retryAfter(address))
										.toSeconds() + 1)));
					response.sendError(429);
					return;
				}
				chain.doFilter(request, response);
				if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
					SignInThrottle.this.users.take(user);
					SignInThrottle.this.addresses.take(address);
				}
			}

		};
	}

	private static String basicUser(String header) {
		String name;
		try {
			String decoded = new String(java.util.Base64.getDecoder().decode(header.substring(6).strip()),
					java.nio.charset.StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			name = (colon >= 0) ? decoded.substring(0, colon) : decoded;
		}
		catch (IllegalArgumentException ex) {
			name = "";
		}
		name = name.strip().toLowerCase(Locale.ROOT);
		return (name.length() > 100) ? name.substring(0, 100) : name;
	}

	private static String user(HttpServletRequest request) {
		String name = request.getParameter("username");
		name = (name == null) ? "" : name.strip().toLowerCase(Locale.ROOT);
		return (name.length() > 100) ? name.substring(0, 100) : name;
	}

}
