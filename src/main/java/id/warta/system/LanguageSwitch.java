package id.warta.system;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Links to the current page in each language, for the layout's language switch.
 *
 * @param indonesian the current page in Indonesian
 * @param english the current page in English
 */
public record LanguageSwitch(String indonesian, String english) {

	/**
	 * Links to the page that was asked for, with its query kept and only {@code lang}
	 * replaced. On an error page that is the address that failed, without its query.
	 */
	static LanguageSwitch of(HttpServletRequest request) {
		return new LanguageSwitch(withParameter(request, LocaleConfiguration.PARAMETER, "id"),
				withParameter(request, LocaleConfiguration.PARAMETER, "en"));
	}

	/**
	 * The page that was asked for, with its query kept and only the one parameter set. On
	 * an error page that is the address that failed, without its query.
	 */
	static String withParameter(HttpServletRequest request, String name, String value) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (failed instanceof String uri) ? uri : request.getRequestURI();
		String query = (failed != null) ? null : request.getQueryString();
		// "//host/..." would be a link to another site: keep links on this one.
		String local = "/" + path.replaceFirst("^/+", "");
		return local + "?" + keptParameters(query, name) + name + "=" + value;
	}

	private static String keptParameters(@Nullable String query, String name) {
		if (query == null || query.isEmpty()) {
			return "";
		}
		String kept = Arrays.stream(query.split("&"))
			.filter((parameter) -> !parameter.isEmpty())
			.filter((parameter) -> !parameter.equals(name) && !parameter.startsWith(name + "="))
			.collect(Collectors.joining("&"));
		return kept.isEmpty() ? "" : kept + "&";
	}

}
