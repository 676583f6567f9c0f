package id.warta.system;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.ModelAndView;

/**
 * Requests that are the client's fault answered as such: parameters that are no valid
 * UTF-8 get a 400 and one WARN line rather than an ERROR with a stack trace, and the
 * error page asked for directly ({@code GET /error}) is a page that does not exist.
 */
@ControllerAdvice
@Configuration(proxyBeanMethods = false)
class BadRequests {

	private static final Logger logger = LoggerFactory.getLogger(BadRequests.class);

	@ExceptionHandler(InvalidParameterException.class)
	ModelAndView undecodable(HttpServletRequest request, InvalidParameterException ex) {
		logger.warn("Bad request {}: parameters that are no valid UTF-8", printable(request.getRequestURI()));
		ModelAndView view = new ModelAndView("error", HttpStatus.BAD_REQUEST);
		view.addObject("status", HttpStatus.BAD_REQUEST.value());
		return view;
	}

	/** Control characters of a line to log as spaces: no line of the log is forged. */
	static String printable(String text) {
		String shown = (text.length() > 300) ? text.substring(0, 300) + "…" : text;
		return shown.replaceAll("\\p{Cntrl}", " ");
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> errorPageNotRequestable() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {

					@Override
					protected boolean shouldNotFilter(HttpServletRequest request) {
						return !request.getRequestURI().equals("/error");
					}

					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						response.sendError(HttpServletResponse.SC_NOT_FOUND);
					}

				});
		// Only requests from clients: Tomcat's own error dispatches still reach the page.
		// After Spring Security's filter, which sets the headers of the answer.
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

}
