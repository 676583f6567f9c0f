package id.warta.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class AheadOfTimeConditionsTests {

	private final AheadOfTimeConditions aheadOfTime = new AheadOfTimeConditions(() -> true);

	@Test
	void theDefaultsAndTheValuesTheBuildTookStart() {
		assertThatNoException().isThrownBy(() -> this.aheadOfTime.check(new MockEnvironment()));
		assertThatNoException().isThrownBy(
				() -> this.aheadOfTime.check(new MockEnvironment().withProperty("warta.search.backend", " Lucene ")
					.withProperty("warta.sources.scheduling", "true")
					.withProperty("spring.main.web-application-type", "SERVLET")));
	}

	@Test
	void aSettingThatChoosesOtherBeansStopsTheStartWithItsName() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.aheadOfTime
				.check(new MockEnvironment().withProperty("warta.search.backend", "opensearch")))
			.withMessageContaining("warta.search.backend=opensearch")
			.withMessageContaining("warta.search.backend=lucene")
			.withMessageContaining("without -Dspring.aot.enabled=true");
		assertThatIllegalStateException().isThrownBy(
				() -> this.aheadOfTime.check(new MockEnvironment().withProperty("warta.sources.scheduling", "false")));
		assertThatIllegalStateException()
			.isThrownBy(() -> this.aheadOfTime.check(new MockEnvironment().withProperty("warta.command", "import")))
			.withMessageContaining("warta.command unset");
	}

	@Test
	void withoutTheGeneratedCodeAnySettingStarts() {
		assertThatNoException().isThrownBy(() -> new AheadOfTimeConditions(() -> false)
			.check(new MockEnvironment().withProperty("warta.search.backend", "opensearch")
				.withProperty("warta.command", "import")));
	}

	@Test
	void everySettingWartasConditionsReadIsChecked() {
		// Every class that carries the condition, whatever the condition says here.
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(MetadataReader reader) {
				return reader.getAnnotationMetadata().hasAnnotation(ConditionalOnProperty.class.getName());
			}
		};
		List<String> read = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("id.warta")) {
			Map<String, Object> attributes = ((AnnotatedBeanDefinition) candidate).getMetadata()
				.getAnnotationAttributes(ConditionalOnProperty.class.getName());
			String prefix = (String) attributes.get("prefix");
			for (String name : (String[]) attributes.get("name")) {
				read.add(prefix.isEmpty() ? name : prefix + "." + name);
			}
		}
		assertThat(read).contains("warta.search.backend", "warta.sources.scheduling", "warta.command");
		assertThat(AheadOfTimeConditions.FROZEN).extracting(AheadOfTimeConditions.Condition::name).containsAll(read);
	}

}
