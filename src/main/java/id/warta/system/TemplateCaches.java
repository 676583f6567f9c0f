package id.warta.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.StandardCacheManager;

/**
 * Thymeleaf's caches sized for Warta's templates. Its expression cache holds 500
 * expressions by default, fewer than these templates have: past that, expressions were
 * dropped and parsed again on the next page — and with the SpEL compiler on, each was
 * compiled into a new class again (77,000 classes loaded and unloaded in ten minutes of
 * load, the JIT compiler busy recompiling). Kept by strong references: the templates'
 * expressions, a few thousand at most, take little memory, and a cache emptied by the
 * collector under load would bring the same churn back.
 */
final class TemplateCaches implements BeanPostProcessor {

	/** Expressions kept: several times what every template together holds. */
	static final int EXPRESSIONS = 20_000;

	/** Parsed templates and fragments kept. */
	static final int TEMPLATES = 1_000;

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof TemplateEngine engine) {
			StandardCacheManager caches = new StandardCacheManager();
			caches.setExpressionCacheMaxSize(EXPRESSIONS);
			caches.setExpressionCacheUseSoftReferences(false);
			caches.setTemplateCacheMaxSize(TEMPLATES);
			engine.setCacheManager(caches);
		}
		return bean;
	}

}
