package id.warta;

import id.warta.cli.ApplicationCommands;
import id.warta.cli.WartaCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Warta, a web news reader for Indonesian geopolitics.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WartaApplication {

	/**
	 * Starts the reader, or runs a command ({@code extract}, {@code analyze}) without
	 * starting Spring when the first argument names one, or ({@code reindex},
	 * {@code generate}) without the web server.
	 */
	public static void main(String[] args) {
		if (WartaCommands.isCommand(args)) {
			System.exit(WartaCommands.run(args));
		}
		if (ApplicationCommands.isCommand(args)) {
			System.exit(ApplicationCommands.run(WartaApplication.class, args));
		}
		SpringApplication.run(WartaApplication.class, args);
	}

}
