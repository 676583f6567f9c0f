package id.warta.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Remembers the reader's language in a cookie. Indonesian is the default whatever the
 * browser asks for, because the articles are Indonesian; only Indonesian and English
 * exist, so any other choice (a hand-made cookie, {@code ?lang=fr}) falls back to
 * Indonesian instead of labelling Indonesian text as another language.
 */
class ReaderLocaleResolver extends CookieLocaleResolver {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	static final List<Locale> SUPPORTED = List.of(INDONESIAN, Locale.ENGLISH);

	static final String COOKIE_NAME = "warta-lang";

	ReaderLocaleResolver() {
		super(COOKIE_NAME);
		setDefaultLocale(INDONESIAN);
		setCookieMaxAge(Duration.ofDays(365));
		setCookieSameSite("Lax");
		setCookieHttpOnly(true);
	}

	@Override
	protected @Nullable Locale parseLocaleValue(String localeValue) {
		Locale parsed = super.parseLocaleValue(localeValue);
		return (parsed != null) ? supported(parsed) : null;
	}

	@Override
	public void setLocaleContext(HttpServletRequest request, @Nullable HttpServletResponse response,
			@Nullable LocaleContext localeContext) {
		Locale locale = (localeContext != null) ? localeContext.getLocale() : null;
		super.setLocaleContext(request, response,
				(locale != null) ? new SimpleLocaleContext(supported(locale)) : localeContext);
	}

	static Locale supported(Locale locale) {
		return SUPPORTED.stream()
			.filter((candidate) -> candidate.getLanguage().equals(locale.getLanguage()))
			.findFirst()
			.orElse(INDONESIAN);
	}

}
