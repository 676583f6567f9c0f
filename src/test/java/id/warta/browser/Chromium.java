package id.warta.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Chromium for the browser tests: Debian's {@code chromium} and
 * {@code chromium-driver}. Without them a test is skipped with a message, except under
 * {@code CI=true}, where it fails ({@code .ci/run} installs both).
 */
final class Chromium {

	private static final Path BINARY = Path.of("/usr/bin/chromium");

	private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private Chromium() {
	}

	/**
	 * A new headless browser, or the test skipped when there is none outside CI.
	 * @param test the test class, named in the message
	 */
	static ChromeDriver start(Class<?> test) {
		boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
		boolean present = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
		if (!present) {
			assertThat(ci)
				.as("Chromium and its driver must be installed under CI (apt-get install chromium chromium-driver)")
				.isFalse();
			System.err.println(test.getSimpleName() + " skipped: no " + BINARY + " or " + DRIVER);
		}
		assumeTrue(present, "Chromium is not installed");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--window-size=1366,900", "--lang=id");
		options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
		return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(),
				options);
	}

}
