package id.warta.system;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * A start on the code generated ahead of time ({@code -Dspring.aot.enabled=true}) has the
 * beans that the build chose, with the packaged defaults: the reader's web server, the
 * Lucene index, scheduled crawls. A setting that would choose other beans stops such a
 * start with the reason, before anything is made, instead of being ignored.
 */
public final class AheadOfTimeConditions implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	/**
	 * The settings that Warta's conditions read, with the values the build took.
	 */
	static final List<Condition> FROZEN = List.of(new Condition("warta.search.backend", "lucene"),
			new Condition("warta.sources.scheduling", "true"), new Condition("warta.command", null),
			new Condition("spring.main.web-application-type", "servlet"));

	private final BooleanSupplier aheadOfTime;

	public AheadOfTimeConditions() {
		this(AotDetector::useGeneratedArtifacts);
	}

	AheadOfTimeConditions(BooleanSupplier aheadOfTime) {
		this.aheadOfTime = aheadOfTime;
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		check(event.getEnvironment());
	}

	void check(Environment environment) {
		if (!this.aheadOfTime.getAsBoolean()) {
			return;
		}
		for (Condition condition : FROZEN) {
			String value = environment.getProperty(condition.name());
			if (!condition.allows(value)) {
				throw new IllegalStateException(condition.name() + "=" + value
						+ " chooses other beans than the code generated ahead of time, which was made with "
						+ condition.built() + ": start without -Dspring.aot.enabled=true");
			}
		}
	}

	/**
	 * A setting and the value that gives the beans the build chose; absent, it gives them
	 * too.
	 *
	 * @param name the setting
	 * @param value the value the build took, {@code null} for the setting absent only
	 */
	record Condition(String name, @Nullable String value) {

		boolean allows(@Nullable String given) {
			return given == null || given.strip().equalsIgnoreCase(this.value);
		}

		String built() {
			return (this.value != null) ? this.name + "=" + this.value : this.name + " unset";
		}

	}

}
