package id.warta.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.warta.scraper.Block;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.ExtractionException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code warta extract FILE_OR_URL...}: prints one JSON object per input, one per line,
 * in input order, with the extracted article or an {@code error}. Exits 0 when every
 * input gave an article, 2 otherwise (and on bad usage).
 */
public final class ExtractCommand {

	/** Files and pages above this size are refused, unless {@code --max-bytes} says. */
	public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

	static final int OK = 0;

	static final int FAILED = 2;

	private static final String USAGE = "usage: warta extract [--max-bytes N] [--allow-private-addresses] FILE_OR_URL...";

	private final JsonMapper json = JsonMapper.builder().build();

	private final InputArticles inputs;

	private ExtractCommand(long maxBytes, boolean allowPrivateAddresses) {
		this.inputs = new InputArticles(maxBytes, allowPrivateAddresses);
	}

	/**
	 * Runs the command.
	 * @param args the arguments after {@code extract}
	 * @param out where the JSON lines go (should encode UTF-8)
	 * @param err where usage and option errors go
	 * @return the exit status
	 */
	public static int run(List<String> args, PrintStream out, PrintStream err) {
		long maxBytes = DEFAULT_MAX_BYTES;
		boolean allowPrivateAddresses = false;
		List<String> inputs = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--max-bytes") || arg.startsWith("--max-bytes=")) {
				String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
						: (i + 1 < args.size() ? args.get(++i) : "");
				try {
					maxBytes = Long.parseLong(value);
				}
				catch (NumberFormatException ex) {
					err.println("extract: --max-bytes needs a number of bytes, not '" + value + "'");
					return FAILED;
				}
			}
			else if (arg.equals("--allow-private-addresses")) {
				allowPrivateAddresses = true;
			}
			else if (arg.equals("--")) {
				inputs.addAll(args.subList(i + 1, args.size()));
				break;
			}
			else {
				inputs.add(arg);
			}
		}
		if (inputs.isEmpty()) {
			err.println(USAGE);
			return FAILED;
		}
		return new ExtractCommand(maxBytes, allowPrivateAddresses).extractAll(inputs, out);
	}

	private int extractAll(List<String> inputs, PrintStream out) {
		int status = OK;
		for (String input : inputs) {
			Map<String, Object> line;
			try {
				line = articleLine(input, this.inputs.extract(input));
			}
			catch (ExtractionException | IOException | RuntimeException ex) {
				line = errorLine(input, ex);
				status = FAILED;
			}
			out.println(this.json.writeValueAsString(line));
		}
		out.flush();
		return status;
	}

	private static Map<String, Object> articleLine(String source, ExtractedArticle article) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("source", source);
		line.put("title", article.title());
		line.put("outlet", article.outlet());
		line.put("author", article.author());
		line.put("published", (article.published() != null) ? article.published().toIso() : null);
		line.put("citedSources", article.citedSources());
		line.put("language", article.language());
		line.put("body", article.body().stream().map(Block::text).toList());
		line.put("wordCount", article.wordCount());
		return line;
	}

	private static Map<String, Object> errorLine(String source, Exception ex) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("source", source);
		line.put("error", InputArticles.reason(ex));
		return line;
	}

}
