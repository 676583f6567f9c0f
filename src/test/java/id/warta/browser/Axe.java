package id.warta.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, Deque's accessibility engine, injected into the page under test. It is a test
 * tool and not part of Warta (its licence is MPL-2.0): the build takes the pinned release
 * from the npm registry, checks it against the registry's published SHA-512, and keeps it
 * under {@code target/}. {@code -Dwarta.axe.tgz=FILE} points at a downloaded copy
 * instead, for a machine without the registry.
 */
final class Axe {

	static final String VERSION = "4.14.1";

	private static final String TARBALL = "https://registry.npmjs.org/axe-core/-/axe-core-" + VERSION + ".tgz";

	private static final String INTEGRITY = "FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==";

	private static final Path CACHE = Path.of("target", "axe-core-" + VERSION, "axe.min.js");

	/** WCAG 2.2 A and AA, and the best practices. */
	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { resultTypes: ['violations'] })
			  .then((results) => done(results.violations.map((v) => ({
			    id: v.id, impact: v.impact || '', help: v.help,
			    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '')) }))))
			  .catch((error) => done([{ id: 'axe-error', impact: 'critical', help: String(error), nodes: [] }]));
			""";

	private static String source;

	private Axe() {
	}

	/**
	 * The violations that axe finds on the browser's page, each as "rule: help [nodes]".
	 */
	static List<String> violations(WebDriver browser) {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
			js.executeScript(source());
		}
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript(RUN);
		List<String> violations = new ArrayList<>();
		for (Map<String, Object> violation : found) {
			violations.add(violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("help") + " "
					+ violation.get("nodes"));
		}
		return violations;
	}

	private static synchronized String source() {
		if (source == null) {
			try {
				if (!Files.isRegularFile(CACHE)) {
					byte[] tarball = tarball();
					byte[] digest = MessageDigest.getInstance("SHA-512").digest(tarball);
					if (!Base64.getEncoder().encodeToString(digest).equals(INTEGRITY)) {
						throw new IllegalStateException(
								"axe-core " + VERSION + " does not match its published SHA-512");
					}
					Files.createDirectories(CACHE.getParent());
					Path part = Files.createTempFile(CACHE.getParent(), "axe", ".part");
					Files.write(part, entry(tarball, "package/axe.min.js"));
					Files.move(part, CACHE, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				}
				source = Files.readString(CACHE, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("axe-core " + VERSION + " could not be had from " + TARBALL, ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("SHA-512 is part of every JDK", ex);
			}
		}
		return source;
	}

	private static byte[] tarball() throws IOException, InterruptedException {
		String local = System.getProperty("warta.axe.tgz");
		if (local != null && !local.isBlank()) {
			return Files.readAllBytes(Path.of(local));
		}
		HttpClient client = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(20))
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		HttpResponse<byte[]> response = client.send(
				HttpRequest.newBuilder(URI.create(TARBALL)).timeout(Duration.ofSeconds(60)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IOException("HTTP " + response.statusCode() + " from " + TARBALL);
		}
		return response.body();
	}

	/** One file of a gzipped tar archive: 512-byte headers, each followed by its data. */
	private static byte[] entry(byte[] tarball, String name) throws IOException {
		try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(tarball))) {
			byte[] tar = in.readAllBytes();
			int at = 0;
			while (at + 512 <= tar.length && tar[at] != 0) {
				String entryName = field(tar, at, 100);
				String prefix = field(tar, at + 345, 155);
				long size = Long.parseLong(field(tar, at + 124, 12).strip(), 8);
				String path = prefix.isEmpty() ? entryName : prefix + "/" + entryName;
				int data = at + 512;
				if (path.equals(name)) {
					ByteArrayOutputStream out = new ByteArrayOutputStream();
					out.write(tar, data, (int) size);
					return out.toByteArray();
				}
				at = data + (int) ((size + 511) / 512 * 512);
			}
		}
		throw new IOException(name + " is not in the archive");
	}

	private static String field(byte[] tar, int from, int length) {
		int end = from;
		while (end < from + length && tar[end] != 0) {
			end++;
		}
		return new String(tar, from, end - from, StandardCharsets.US_ASCII).strip();
	}

}
