package id.warta.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.warta.scraper.ArticleExtractor;
import id.warta.scraper.Block;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.ExtractionException;
import id.warta.scraper.PageFetcher;
import id.warta.scraper.PageLoader;
import org.jspecify.annotations.Nullable;
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

	private static final String USAGE = "usage: warta extract [--max-bytes N] FILE_OR_URL...";

	private final JsonMapper json = JsonMapper.builder().build();

	private final ArticleExtractor extractor = new ArticleExtractor();

	private final long maxBytes;

	private @Nullable PageFetcher fetcher;

	private ExtractCommand(long maxBytes) {
		this.maxBytes = maxBytes;
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
		return new ExtractCommand(maxBytes).extractAll(inputs, out);
	}

	private int extractAll(List<String> inputs, PrintStream out) {
		int status = OK;
		for (String input : inputs) {
			Map<String, Object> line;
			try {
				line = articleLine(input, extract(input));
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

	private ExtractedArticle extract(String input) throws IOException, ExtractionException {
		String lower = input.toLowerCase(Locale.ROOT);
		if (lower.startsWith("http://") || lower.startsWith("https://")) {
			PageFetcher.Page page = fetcher().fetch(URI.create(input));
			// A multi-page article's further pages come through the same fetcher.
			PageLoader loader = (url) -> {
				PageFetcher.Page next = fetcher().fetch(url);
				return new PageLoader.Loaded(next.body(), next.contentType());
			};
			return this.extractor.extract(page.body(), page.contentType(), page.url(), loader);
		}
		Path path = Path.of(input);
		if (!Files.exists(path)) {
			throw new IOException("no such file");
		}
		if (!Files.isRegularFile(path)) {
			throw new IOException("not a regular file");
		}
		long size = Files.size(path);
		if (size > this.maxBytes) {
			throw new IOException("file too large: " + size + " bytes, limit " + this.maxBytes);
		}
		return this.extractor.extract(Files.readAllBytes(path), null, path.toUri());
	}

	private PageFetcher fetcher() {
		if (this.fetcher == null) {
			this.fetcher = new PageFetcher(Duration.ofSeconds(20), this.maxBytes);
		}
		return this.fetcher;
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
		String reason = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		if (ex instanceof RuntimeException) {
			reason = "internal error: " + reason;
		}
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("source", source);
		line.put("error", reason.replaceAll("\\s+", " ").strip());
		return line;
	}

}
