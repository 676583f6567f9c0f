package id.warta.search;

import java.util.List;

import id.warta.article.ArticleView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Marks the searched words in an article opened from a search (its link carries the query
 * as {@code q}): adds {@code bodyMarks}, each block of the body in {@link TextSegment}s,
 * to the article page's model. The article module stays unaware of search; the page shows
 * the plain body when there is nothing to mark.
 */
@Configuration(proxyBeanMethods = false)
class ArticleMarks implements WebMvcConfigurer {

	private final WordMarks marks = new WordMarks(new QueryAliases());

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					@Nullable ModelAndView modelAndView) {
				if (modelAndView != null) {
					mark(request.getParameter("q"), modelAndView);
				}
			}

		}).addPathPatterns("/articles/*");
	}

	void mark(@Nullable String query, ModelAndView page) {
		if (query == null || query.isBlank() || !(page.getModel().get("article") instanceof ArticleView article)) {
			return;
		}
		List<List<String>> phrases = this.marks.phrases(query);
		if (phrases.isEmpty()) {
			return;
		}
		List<List<TextSegment>> body = article.body()
			.stream()
			.map((block) -> this.marks.mark(block.text(), phrases))
			.toList();
		page.addObject("bodyMarks", body);
		page.addObject("titleMarks", this.marks.mark(article.title(), phrases));
	}

}
