package id.warta.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream whole, but never past a limit: a body, or what a small gzip unpacks to,
 * may be far larger than announced.
 */
final class BoundedRead {

	private BoundedRead() {
	}

	/**
	 * The stream's bytes.
	 * @param tooLarge the exception to throw when the stream holds more than the limit
	 */
	static byte[] readAll(InputStream in, long limit, TooLarge tooLarge) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[16384];
		long total = 0;
		int n;
		while ((n = in.read(buffer)) > 0) {
			total += n;
			if (total > limit) {
				throw tooLarge.exception();
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

	/**
	 * Makes the exception for a stream above the limit.
	 */
	@FunctionalInterface
	interface TooLarge {

		IOException exception();

	}

}
