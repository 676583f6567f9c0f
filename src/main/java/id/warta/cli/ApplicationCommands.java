package id.warta.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The commands that need the database and the index but not the web server:
 * {@code reindex}, {@code restory} and {@code generate N}. Options such as
 * {@code --warta.data-dir=/srv/warta} are passed to Spring as for the server.
 */
public final class ApplicationCommands {

	private static final Set<String> NAMES = Set.of("reindex", "restory", "generate");

	private ApplicationCommands() {
	}

	/**
	 * Whether the arguments name one of these commands.
	 */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && NAMES.contains(args[0]);
	}

	/**
	 * Starts the application without its web server, runs the named command and stops.
	 * @param application the Spring Boot application class
	 * @return the exit status: 0 on success, 1 on failure, 2 on bad usage
	 */
	public static int run(Class<?> application, String[] args) {
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		List<String> operands = new ArrayList<>();
		List<String> options = new ArrayList<>();
		for (String arg : Arrays.asList(args).subList(1, args.length)) {
			(arg.startsWith("--") ? options : operands).add(arg);
		}
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.main.web-application-type", "none");
		Command command;
		if (args[0].equals("reindex") && operands.isEmpty()) {
			// The command rebuilds anyway; a rebuild at start would do it twice.
			properties.put("warta.search.rebuild-on-start", "false");
			command = (context) -> new ReindexCommand(context, out).run();
		}
		else if (args[0].equals("restory") && operands.isEmpty()) {
			command = (context) -> new RestoryCommand(context, out).run();
		}
		else if (args[0].equals("generate") && operands.size() == 1 && operands.get(0).matches("\\d{1,9}")) {
			// The index is in step with each batch's commit (read-sync, as the server has
			// it): the next batch's articles are placed in stories among this batch's. It
			// analyses the index again when it ends, not in the background meanwhile.
			properties.put("warta.search.reanalyse-on-start", "false");
			int count = Integer.parseInt(operands.get(0));
			command = (context) -> new GenerateCommand(context, out).run(count);
		}
		else {
			out.println("usage: warta reindex [--SPRING_OPTION=VALUE...]");
			out.println("       warta restory [--SPRING_OPTION=VALUE...]");
			out.println("       warta generate N [--SPRING_OPTION=VALUE...]");
			return 2;
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties(properties)
			.run(options.toArray(String[]::new))) {
			return command.run(context);
		}
		catch (RuntimeException ex) {
			out.println(args[0] + " failed: " + ex);
			return 1;
		}
	}

	@FunctionalInterface
	private interface Command {

		int run(ConfigurableApplicationContext context);

	}

}
