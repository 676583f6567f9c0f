package id.warta;

import java.util.List;

import id.warta.cli.ApplicationCommands;
import id.warta.cli.WartaCommands;
import id.warta.system.AheadOfTimeConditions;

import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.core.SpringProperties;

/**
 * Warta, a web news reader for Indonesian geopolitics.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WartaApplication {

	/** The commands that the first argument may name. */
	static final List<String> COMMANDS = List.of("extract", "analyze", "stories", "import", "reindex", "restory",
			"generate");

	/**
	 * Starts the reader, or runs a command ({@code extract}, {@code analyze}) without
	 * starting Spring when the first argument names one; {@code reindex},
	 * {@code generate} and {@code import} need the database, so they start Spring without
	 * the web server.
	 */
	/**
	 * Whether the first argument is a word that names no command: the server is started
	 * only with options, or with none.
	 */
	static boolean unknownCommand(String[] args) {
		return args.length > 0 && !args[0].startsWith("-") && !COMMANDS.contains(args[0]);
	}

	public static void main(String[] args) {
		if (args.length > 0 && !args[0].startsWith("-")) {
			// The code generated ahead of time is the server's: a command makes its own
			// beans.
			SpringProperties.setFlag(AotDetector.AOT_ENABLED, false);
		}
		if (args.length > 0 && args[0].equals("import")) {
			System.exit(SpringApplication
				.exit(new SpringApplicationBuilder(WartaApplication.class).web(WebApplicationType.NONE)
					.properties("warta.command=import", "warta.sources.scheduling=false")
					.run(args)));
		}
		if (WartaCommands.isCommand(args)) {
			System.exit(WartaCommands.run(args));
		}
		if (ApplicationCommands.isCommand(args)) {
			System.exit(ApplicationCommands.run(WartaApplication.class, args));
		}
		if (unknownCommand(args)) {
			// A word that is no command is a mistake, never a reason to start the server.
			System.err.println("unknown command: " + args[0]);
			System.err.println("commands: " + String.join(", ", COMMANDS) + "; or only --options to start the server");
			System.exit(2);
		}
		WarmUp.start();
		SpringApplication application = new SpringApplication(WartaApplication.class);
		application.addListeners(new AheadOfTimeConditions());
		String steps = System.getProperty("warta.startup-steps");
		if (steps != null) {
			// -Dwarta.startup-steps=20 logs the 20 slowest steps of the start.
			application.setApplicationStartup(new StartupSteps(Integer.parseInt(steps)));
		}
		application.run(args);
	}

}
