package id.warta.source;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import id.warta.article.ArticleImporter;
import id.warta.source.FetchedPage.Validators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code warta import URL|FILE|DIR...}: imports articles, feeds, sitemaps, section pages,
 * files and folders into the configured database, with progress, and a summary at the
 * end. The exit status is 2 if anything failed, 0 otherwise. Runs when the application is
 * started with {@code warta.command=import} (the jar's main does so, without the web
 * server).
 */
@Component
@Order(200)
@ConditionalOnProperty(name = "warta.command", havingValue = "import")
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	static final int FAILED = 2;

	private static final Logger logger = LoggerFactory.getLogger(ImportCommand.class);

	private final SourceCrawler crawler;

	private final ArticleImporter importer;

	private final LoggingSystem logging;

	private int exitCode;

	ImportCommand(SourceCrawler crawler, ArticleImporter importer, LoggingSystem logging) {
		this.crawler = crawler;
		this.importer = importer;
		this.logging = logging;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> inputs = new ArrayList<>(args.getNonOptionArgs());
		if (!inputs.isEmpty() && inputs.get(0).equals("import")) {
			inputs.remove(0);
		}
		PrintStream err = System.err;
		if (inputs.isEmpty()) {
			err.println("usage: warta import URL|FILE|DIR...");
			this.exitCode = FAILED;
			return;
		}
		boolean terminal = System.console() != null;
		if (terminal) {
			// The bar says it all; per-article lines would tear it.
			this.logging.setLogLevel("id.warta", LogLevel.WARN);
		}
		ImportProgress progress = new ImportProgress(err, terminal);
		for (String input : inputs) {
			importOne(input, progress);
		}
		String summary = progress.summary();
		err.println(summary);
		logger.info(summary);
		this.exitCode = (progress.failed() > 0) ? FAILED : 0;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	private void importOne(String input, ImportProgress progress) {
		String lower = input.toLowerCase(Locale.ROOT);
		if (lower.startsWith("http://") || lower.startsWith("https://")) {
			CrawlReport report = this.crawler
				.crawl(new SourceCrawler.CrawlTarget(null, input, null, null, Validators.NONE), progress, () -> false);
			if (report.error() != null) {
				progress.failedInput();
				logger.warn("Could not import {}: {}", input, report.error());
			}
			return;
		}
		Path path = Path.of(input);
		List<Path> files = new ArrayList<>();
		if (Files.isDirectory(path)) {
			try (Stream<Path> entries = Files.list(path)) {
				entries.filter(Files::isRegularFile)
					.filter((file) -> !file.getFileName().toString().startsWith("."))
					.sorted()
					.forEach(files::add);
			}
			catch (IOException ex) {
				progress.failedInput();
				logger.warn("Could not list {}: {}", input, ex.getMessage());
				return;
			}
		}
		else {
			files.add(path);
		}
		progress.found(files.size());
		for (Path file : files) {
			progress.done(this.importer.importFile(file));
		}
	}

}
