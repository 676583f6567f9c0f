package id.warta.system;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Beans that no reader's first page needs are made when first used, not at start: the
 * API's description (springdoc, with Swagger's own Jackson), built at the first request
 * for {@code /v3/api-docs} or Swagger UI.
 */
final class DeferredBeans implements BeanFactoryPostProcessor {

	private static final String[] PACKAGES = { "org.springdoc.", "io.swagger." };

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		for (String name : beanFactory.getBeanDefinitionNames()) {
			BeanDefinition definition = beanFactory.getBeanDefinition(name);
			if (deferred(definition)) {
				definition.setLazyInit(true);
			}
		}
	}

	/**
	 * Declared by one of the packages: its class, or the configuration whose method makes
	 * it.
	 */
	private static boolean deferred(BeanDefinition definition) {
		String resource = definition.getResourceDescription();
		for (String prefix : PACKAGES) {
			if (startsWith(definition.getBeanClassName(), prefix) || startsWith(definition.getFactoryBeanName(), prefix)
					|| (resource != null && resource.contains(prefix.replace('.', '/')))) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsWith(@Nullable String name, String prefix) {
		return name != null && name.startsWith(prefix);
	}

}
