package id.warta.system;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page, error pages included.
 */
@ControllerAdvice
class LayoutModel {

	/** Pages that have an Atom feed of what they list, at their path plus this. */
	private static final Pattern FEED_PAGES = Pattern.compile("/liputan/\\d{1,19}|/topik/[a-z0-9-]{1,100}");

	@ModelAttribute("languageSwitch")
	LanguageSwitch languageSwitch(HttpServletRequest request) {
		return LanguageSwitch.of(request);
	}

	/**
	 * The reader's theme, {@code light} or {@code dark}; {@code null} for the system's.
	 */
	@ModelAttribute("theme")
	@Nullable String theme(HttpServletRequest request) {
		return ReaderTheme.of(request);
	}

	/** Links to the current page in each theme, for the header's switch. */
	@ModelAttribute("themeSwitch")
	ThemeSwitch themeSwitch(HttpServletRequest request) {
		return new ThemeSwitch(LanguageSwitch.withParameter(request, ReaderTheme.PARAMETER, "light"),
				LanguageSwitch.withParameter(request, ReaderTheme.PARAMETER, "dark"),
				LanguageSwitch.withParameter(request, ReaderTheme.PARAMETER, ReaderTheme.AUTO));
	}

	/**
	 * Links to the current page in each theme.
	 *
	 * @param light in light colours
	 * @param dark in dark colours
	 * @param auto in the system's colours
	 */
	record ThemeSwitch(String light, String dark, String auto) {
	}

	/**
	 * What the header's search box keeps of the page's own search: the query and the
	 * outlet filter of a list, or of the search an article was opened from.
	 */
	@ModelAttribute("headerSearch")
	ListContext headerSearch(HttpServletRequest request) {
		String[] outlets = request.getParameterValues("outlet");
		return ListContext.of(request.getParameter("q"), (outlets != null) ? List.of(outlets) : List.of(), null, null,
				null, null);
	}

	/**
	 * The feed of the page, with the same query: the home page's (and an outlet's) at
	 * {@code /feed.atom}, a search's at {@code /search/feed.atom}, a story's or an
	 * entity's beside it; {@code null} for pages that list nothing.
	 */
	@ModelAttribute("feedHref")
	@Nullable String feedHref(HttpServletRequest request) {
		String path = request.getRequestURI();
		String query = request.getQueryString();
		String withQuery = (query != null && !query.isEmpty()) ? "?" + query : "";
		if (path.equals("/")) {
			return "/feed.atom" + withQuery;
		}
		if (path.equals("/search")) {
			String q = request.getParameter("q");
			return (q != null && !q.isBlank()) ? "/search/feed.atom" + withQuery : null;
		}
		return FEED_PAGES.matcher(path).matches() ? path + "/feed.atom" + withQuery : null;
	}

}
