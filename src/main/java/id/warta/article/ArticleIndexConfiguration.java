package id.warta.article;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How articles are analyzed in the search index: the language module's analyzers,
 * registered with Hibernate Search's Lucene backend. Public so that test slices without
 * component scanning ({@code @DataJpaTest}) can import it.
 */
@Configuration(proxyBeanMethods = false)
public class ArticleIndexConfiguration {

	@Bean
	HibernatePropertiesCustomizer indonesianAnalysis() {
		return (properties) -> properties.put("hibernate.search.backend.analysis.configurer",
				new IndonesianAnalysisConfigurer());
	}

}
