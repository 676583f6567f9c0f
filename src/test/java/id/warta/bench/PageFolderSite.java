package id.warta.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A news site on this machine made of a folder of pages ({@code SyntheticPages}): a
 * {@code robots.txt} that allows all, a sitemap of every page, and the pages under
 * {@code /berita/}. For the commands that measure a server while it ingests.
 */
public final class PageFolderSite implements AutoCloseable {

	private final Path folder;

	private final List<String> names;

	private final HttpServer server;

	private final ExecutorService threads = Executors.newFixedThreadPool(4);

	private final AtomicInteger pagesServed = new AtomicInteger();

	public PageFolderSite(Path folder) throws IOException {
		this.folder = folder;
		try (Stream<Path> files = Files.list(folder)) {
			this.names = files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".html"))
				.sorted()
				.toList();
		}
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
		this.server.setExecutor(this.threads);
		this.server.createContext("/", this::answer);
		this.server.start();
	}

	/** The sitemap of every page: the address to add as a source. */
	public String sitemapUrl() {
		return base() + "/sitemap.xml";
	}

	/** How many pages the folder holds. */
	public int pages() {
		return this.names.size();
	}

	/** How many page requests were answered, sitemap and robots.txt not counted. */
	public int pagesServed() {
		return this.pagesServed.get();
	}

	private String base() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private void answer(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		if (path.equals("/robots.txt")) {
			send(exchange, 200, "text/plain", "User-agent: *\nDisallow:\n".getBytes(StandardCharsets.UTF_8));
		}
		else if (path.equals("/sitemap.xml")) {
			StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
					+ "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
			for (String name : this.names) {
				xml.append("<url><loc>").append(base()).append("/berita/").append(name).append("</loc></url>\n");
			}
			send(exchange, 200, "application/xml",
					xml.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8));
		}
		else if (path.startsWith("/berita/") && this.names.contains(path.substring("/berita/".length()))) {
			this.pagesServed.incrementAndGet();
			send(exchange, 200, "text/html; charset=utf-8",
					Files.readAllBytes(this.folder.resolve(path.substring("/berita/".length()))));
		}
		else {
			send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
		}
	}

	private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.threads.shutdownNow();
	}

}
