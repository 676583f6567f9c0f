package id.warta;

import id.warta.cli.ApplicationCommands;
import id.warta.cli.WartaCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Warta, a web news reader for Indonesian geopolitics.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WartaApplication {

	/**
	 * Starts the reader, or runs a command ({@code extract}, {@code analyze}) without
	 * starting Spring when the first argument names one; {@code reindex},
	 * {@code generate} and {@code import} need the database, so they start Spring without
	 * the web server.
	 */
	public static void main(String[] args) {
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
		SpringApplication.run(WartaApplication.class, args);
	}

}
