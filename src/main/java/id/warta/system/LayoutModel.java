package id.warta.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page, error pages included.
 */
@ControllerAdvice
class LayoutModel {

	@ModelAttribute("languageSwitch")
	LanguageSwitch languageSwitch(HttpServletRequest request) {
		return LanguageSwitch.of(request);
	}

}
