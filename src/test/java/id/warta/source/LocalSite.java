package id.warta.source;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * A site on a local port that serves what the test put on it; anything else is a 404.
 */
final class LocalSite implements AutoCloseable {

	private final MockWebServer server = new MockWebServer();

	private final Map<String, MockResponse> pages = new ConcurrentHashMap<>();

	// Pages answered with 304 to a request that names their tag, as a server does.
	private final Map<String, String> etags = new ConcurrentHashMap<>();

	LocalSite() throws IOException {
		this.server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				String etag = LocalSite.this.etags.get(request.getTarget());
				if (etag != null && etag.equals(request.getHeaders().get("If-None-Match"))) {
					return new MockResponse.Builder().code(304).addHeader("ETag", etag).build();
				}
				MockResponse page = LocalSite.this.pages.get(request.getTarget());
				return (page != null) ? page : new MockResponse.Builder().code(404).build();
			}
		});
		this.server.start(InetAddress.getLoopbackAddress(), 0);
	}

	String url(String path) {
		return this.server.url(path).toString();
	}

	LocalSite page(String path, String contentType, String body) {
		return page(path, contentType, body, Charset.forName("UTF-8"));
	}

	LocalSite page(String path, String contentType, String body, Charset charset) {
		this.pages.put(path,
				new MockResponse.Builder().addHeader("Content-Type", contentType)
					.body(new Buffer().write(body.getBytes(charset)))
					.build());
		return this;
	}

	/**
	 * A page with an entity tag: 304 when the request has that tag, the page otherwise.
	 */
	LocalSite taggedPage(String path, String contentType, String body, String etag) {
		this.etags.put(path, etag);
		return response(path,
				new MockResponse.Builder().addHeader("Content-Type", contentType)
					.addHeader("ETag", etag)
					.body(new Buffer().write(body.getBytes(Charset.forName("UTF-8"))))
					.build());
	}

	LocalSite response(String path, MockResponse response) {
		this.pages.put(path, response);
		return this;
	}

	int requestCount() {
		return this.server.getRequestCount();
	}

	@Override
	public void close() {
		this.server.close();
	}

}
