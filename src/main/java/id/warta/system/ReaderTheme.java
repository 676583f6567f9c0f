package id.warta.system;

import java.time.Duration;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The reader's choice of light or dark pages: switched with {@code ?theme=dark},
 * {@code ?theme=light} or {@code ?theme=auto} (the system's, the default) on any page and
 * kept in a cookie, so that it works without JavaScript and the page is drawn in its
 * colours from the first paint.
 */
final class ReaderTheme implements HandlerInterceptor {

	/** The query parameter that switches the theme. */
	static final String PARAMETER = "theme";

	static final String COOKIE = "warta-theme";

	static final String AUTO = "auto";

	private static final Set<String> CHOSEN = Set.of("light", "dark");

	private static final String ATTRIBUTE = ReaderTheme.class.getName();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String asked = request.getParameter(PARAMETER);
		if (asked == null) {
			return true;
		}
		boolean chosen = CHOSEN.contains(asked);
		if (!chosen && !AUTO.equals(asked)) {
			// A mistyped ?theme= changes nothing.
			return true;
		}
		ResponseCookie cookie = ResponseCookie.from(COOKIE, chosen ? asked : "")
			.path("/")
			.maxAge(chosen ? Duration.ofDays(365) : Duration.ZERO)
			.sameSite("Lax")
			.httpOnly(true)
			.secure(request.isSecure())
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		request.setAttribute(ATTRIBUTE, chosen ? asked : AUTO);
		return true;
	}

	/**
	 * The theme of this request: {@code light}, {@code dark}, or {@code null} for the
	 * system's.
	 */
	static @Nullable String of(HttpServletRequest request) {
		Object switched = request.getAttribute(ATTRIBUTE);
		if (switched instanceof String theme) {
			return CHOSEN.contains(theme) ? theme : null;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName()) && CHOSEN.contains(cookie.getValue())) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

}
