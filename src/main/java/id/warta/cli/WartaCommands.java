package id.warta.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The commands that {@code java -jar warta.jar COMMAND ...} runs instead of the server.
 */
public final class WartaCommands {

	private static final Set<String> NAMES = Set.of("extract", "analyze", "stories");

	private WartaCommands() {
	}

	/**
	 * Whether the arguments name a command rather than server options.
	 */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && NAMES.contains(args[0]);
	}

	/**
	 * Runs the named command on the process's standard streams, in UTF-8 whatever the
	 * platform's default.
	 * @return the exit status
	 */
	public static int run(String[] args) {
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		try {
			return switch (args[0]) {
				case "extract" -> ExtractCommand.run(rest, out, err);
				case "analyze" -> AnalyzeCommand.run(rest, System.in, out, err);
				case "stories" -> StoriesCommand.run(rest, out, err);
				default -> throw new IllegalArgumentException("unknown command " + args[0]);
			};
		}
		finally {
			out.flush();
		}
	}

}
