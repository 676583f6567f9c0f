package id.warta.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import id.warta.scraper.ArticleExtractor;
import id.warta.scraper.Block;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.ExtractionException;
import org.jsoup.nodes.Entities;

/**
 * Writes the first N synthetic articles of {@code generate} ({@link SyntheticArticles},
 * the same seed) as news pages, one HTML file each, for benchmarks that need pages of
 * realistic events rather than words drawn at random:
 * {@code IngestBenchmark --pages=DIR}. A third argument starts at another article than
 * the first: pages that a folder made by {@code generate} does not hold yet.
 *
 * <pre>
 * java -cp ... id.warta.cli.SyntheticPages 4000 /tmp/synthetic-pages
 * java -cp ... id.warta.cli.SyntheticPages 5000 /tmp/new-pages 200000
 * </pre>
 */
public final class SyntheticPages {

	private SyntheticPages() {
	}

	public static void main(String[] args) throws IOException, ExtractionException {
		int count = Integer.parseInt(args[0]);
		Path dir = Files.createDirectories(Path.of(args[1]));
		long first = (args.length > 2) ? Long.parseLong(args[2]) : 0;
		SyntheticArticles articles = new SyntheticArticles(seeds(Path.of("seeds")), GenerateCommand.SEED);
		for (long n = first; n < first + count; n++) {
			Files.writeString(dir.resolve(String.format(Locale.ROOT, "%07d.html", n)), html(articles.article(n)),
					StandardCharsets.UTF_8);
		}
		System.out.printf(Locale.ROOT, "Wrote %d pages to %s, articles %d to %d%n", count, dir, first,
				first + count - 1);
	}

	static String html(ExtractedArticle article) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>")
			.append(Entities.escape(article.title()))
			.append("</title><meta property=\"og:site_name\" content=\"")
			.append(Entities.escape(article.outlet()))
			.append("\"><meta property=\"og:type\" content=\"article\"><meta property=\"article:published_time\" content=\"")
			.append(article.published().dateTime())
			.append("\"></head><body><article><h1>")
			.append(Entities.escape(article.title()))
			.append("</h1>");
		for (Block block : article.body()) {
			String tag = (block.kind() == Block.Kind.HEADING) ? "h2" : "p";
			html.append('<')
				.append(tag)
				.append('>')
				.append(Entities.escape(block.text()))
				.append("</")
				.append(tag)
				.append('>');
		}
		html.append("<p>(").append(Entities.escape(article.citedSources().get(0))).append(")</p>");
		return html.append("</article></body></html>").toString();
	}

	private static List<ExtractedArticle> seeds(Path folder) throws IOException, ExtractionException {
		List<ExtractedArticle> seeds = new ArrayList<>();
		ArticleExtractor extractor = new ArticleExtractor();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.sorted().toList()) {
				seeds.add(extractor.extract(Files.readAllBytes(file), null, file.toUri()));
			}
		}
		return seeds;
	}

}
