package id.warta;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.metrics.StartupStep;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start's slowest steps are logged, slowest first, once the start is over.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupStepsTests {

	@Test
	void logsTheSlowestStepsWhenTheApplicationIsReady(CapturedOutput output) throws InterruptedException {
		StartupSteps steps = new StartupSteps(2);
		StartupStep slow = steps.start("warta.slow");
		Thread.sleep(30);
		slow.end();
		steps.start("warta.quick").tag("bean", "quickBean").end();
		steps.start("warta.quicker").end();
		assertThat(output.getAll()).doesNotContain("Slowest steps");
		steps.start("spring.boot.application.ready").end();
		String log = output.getAll();
		assertThat(log).contains("Slowest steps of the start");
		assertThat(log.indexOf("warta.slow")).isPositive().isLessThan(log.indexOf("warta.quick"));
		assertThat(log).contains("warta.quick quickBean").doesNotContain("warta.quicker");
	}

}
