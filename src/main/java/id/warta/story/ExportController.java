package id.warta.story;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.warta.article.ArticleCatalog;
import id.warta.article.ArticleSummary;
import id.warta.search.ArticleSearch;
import id.warta.search.SearchHit;
import id.warta.search.SearchRequest;
import id.warta.system.ListContext;
import id.warta.system.ResultPage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export of a search or a filter as CSV or JSON Lines, streamed a page at a time: the
 * same query parameters as the search page ({@code q} optional: without it, the articles
 * the filters keep, newest first). At most {@value #MAX_ROWS} articles.
 */
@Controller
class ExportController {

	static final int MAX_ROWS = 100_000;

	private static final int PAGE = 500;

	private static final List<String> COLUMNS = List.of("id", "title", "outlet", "outlet_slug", "published", "words",
			"story", "url", "lead");

	private final ArticleSearch search;

	private final ArticleCatalog catalog;

	private final JsonMapper json = JsonMapper.builder().build();

	ExportController(ArticleSearch search, ArticleCatalog catalog) {
		this.search = search;
		this.catalog = catalog;
	}

	@GetMapping("/export.{format}")
	ResponseEntity<StreamingResponseBody> export(@PathVariable String format,
			@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable List<String> outlet,
			@RequestParam(required = false) @Nullable List<String> entity,
			@RequestParam(required = false) @Nullable List<String> agency,
			@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		Rows rows = rows(q, outlet, entity, agency, from, to);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		return switch (format) {
			case "csv" -> download(csv(rows, base), "text/csv;charset=UTF-8", "warta.csv");
			case "jsonl" -> download(jsonLines(rows, base), "application/jsonl;charset=UTF-8", "warta.jsonl");
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		};
	}

	private static StreamingResponseBody csv(Rows rows, String base) {
		return (out) -> {
			Writer writer = writer(out);
			// A byte-order mark, so that spreadsheets read the file as UTF-8.
			writer.write('\ufeff');
			writer.write(String.join(",", COLUMNS) + "\r\n");
			rows.each((article) -> {
				Map<String, Object> row = row(article, base);
				StringBuilder line = new StringBuilder();
				for (String column : COLUMNS) {
					if (line.length() > 0) {
						line.append(',');
					}
					line.append(csvField(row.get(column)));
				}
				writer.write(line.append("\r\n").toString());
			});
			writer.flush();
		};
	}

	private StreamingResponseBody jsonLines(Rows rows, String base) {
		return (out) -> {
			Writer writer = writer(out);
			rows.each((article) -> writer.write(this.json.writeValueAsString(row(article, base)) + "\n"));
			writer.flush();
		};
	}

	private Rows rows(@Nullable String q, @Nullable List<String> outlet, @Nullable List<String> entity,
			@Nullable List<String> agency, @Nullable String from, @Nullable String to) {
		LocalDate fromDate = ListContext.date(from);
		LocalDate toDate = ListContext.date(to);
		ListContext context = ListContext.of("/search", q, outlet, entity, agency, fromDate, toDate, null, null);
		if (context.query() == null && context.entities().isEmpty() && context.agencies().isEmpty() && fromDate == null
				&& toDate == null) {
			// Only outlets, or nothing: the catalog lists them without a search.
			return (each) -> {
				int page = 1;
				int written = 0;
				ResultPage<ArticleSummary> articles;
				do {
					articles = context.outlets().isEmpty() ? this.catalog.list(null, page, PAGE)
							: this.catalog.listFromOutlets(context.outlets(), page, PAGE);
					for (ArticleSummary article : articles.items()) {
						if (written++ >= MAX_ROWS) {
							return;
						}
						each.accept(article);
					}
					page++;
				}
				while (articles.hasNext());
			};
		}
		return (each) -> {
			int page = 1;
			int written = 0;
			ResultPage<SearchHit> hits;
			do {
				hits = this.search
					.search(new SearchRequest(context.query(), context.outlets(), context.entities(),
							context.agencies(), null, fromDate, toDate, SearchRequest.Order.NEWEST, page, PAGE, false))
					.hits();
				for (SearchHit hit : hits.items()) {
					if (written++ >= MAX_ROWS) {
						return;
					}
					each.accept(hit.article());
				}
				page++;
			}
			while (hits.hasNext());
		};
	}

	private static Map<String, Object> row(ArticleSummary article, String base) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", article.id());
		row.put("title", article.title());
		row.put("outlet", article.outletName());
		row.put("outlet_slug", article.outletSlug());
		row.put("published", (article.publishedAt() != null) ? article.publishedAt().toString() : null);
		row.put("words", article.wordCount());
		row.put("story", article.storyId());
		row.put("url", base + "/articles/" + article.id());
		row.put("lead", article.lead());
		return row;
	}

	/**
	 * A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, and
	 * a leading {@code = + - @} defused so that a spreadsheet does not run it as a
	 * formula.
	 */
	static String csvField(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
			text = "'" + text;
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	private static Writer writer(OutputStream out) {
		return new OutputStreamWriter(out, StandardCharsets.UTF_8);
	}

	private static ResponseEntity<StreamingResponseBody> download(StreamingResponseBody body, String type,
			String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

	/** The rows of an export, read a page at a time. */
	@FunctionalInterface
	private interface Rows {

		void each(Row row) throws IOException;

	}

	@FunctionalInterface
	private interface Row {

		void accept(ArticleSummary article) throws IOException;

	}

}
