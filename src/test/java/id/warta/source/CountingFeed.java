package id.warta.source;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * An empty feed at {@code /rss} that counts how often it is fetched, each fetch taking a
 * moment, so that two nodes' runs would overlap: the site of the tests of runs across
 * nodes.
 */
final class CountingFeed extends Dispatcher {

	private final AtomicInteger fetches = new AtomicInteger();

	int fetches() {
		return this.fetches.get();
	}

	@Override
	public MockResponse dispatch(RecordedRequest request) {
		if (!request.getTarget().equals("/rss")) {
			return new MockResponse.Builder().code(404).build();
		}
		this.fetches.incrementAndGet();
		return new MockResponse.Builder().addHeader("Content-Type", "application/rss+xml")
			.headersDelay(300, TimeUnit.MILLISECONDS)
			.body("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Uji</title>"
					+ "<link>http://x/</link><description>d</description></channel></rss>")
			.build();
	}

}
