package id.warta.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The reader's language: Indonesian by default, switched with {@code ?lang=en} or
 * {@code ?lang=id} on any page and kept in a cookie; and the reader's theme, kept the
 * same way ({@link ReaderTheme}).
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	/** The query parameter that switches the language. */
	static final String PARAMETER = "lang";

	@Bean
	LocaleResolver localeResolver() {
		return new ReaderLocaleResolver();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName(PARAMETER);
		// A mistyped ?lang= must not turn a page into an error.
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new ReaderTheme());
	}

}
