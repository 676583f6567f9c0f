package id.warta.scraper;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Looks at raw bytes before decoding: refuses empty and binary input and tells HTML from
 * a plain-text dump.
 */
final class ContentSniffer {

	private static final int SAMPLE = 8192;

	/** Bytes enough for the characters {@link #isHtml} looks at, in any encoding. */
	static final int SAMPLE_BYTES = 4 * 65536;

	private static final Pattern HTML_START = Pattern.compile(
			"^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body)\\b", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern TAG = Pattern.compile(
			"</?(p|div|span|a|br|li|ul|table|td|tr|h[1-6]|img|meta|link|script|article|section)\\b[^>]*>",
			Pattern.CASE_INSENSITIVE);

	private ContentSniffer() {
	}

	/**
	 * Refuses input that cannot be an article before any decoding is tried.
	 */
	static void refuseUnreadable(byte[] content) throws ExtractionException {
		if (isBlank(content)) {
			throw new ExtractionException("empty file");
		}
		String format = binaryFormat(content);
		if (format != null) {
			throw new ExtractionException("binary file (" + format + "), not an article");
		}
	}

	private static boolean isBlank(byte[] content) {
		for (byte b : content) {
			if (!Character.isWhitespace(b & 0xff) && (b & 0xff) != 0xa0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Names the binary format of the content, or {@code null} when it looks like text.
	 */
	static @Nullable String binaryFormat(byte[] c) {
		if (startsWith(c, "%PDF")) {
			return "PDF";
		}
		if (startsWith(c, 0x89, 'P', 'N', 'G')) {
			return "PNG";
		}
		if (startsWith(c, 0xff, 0xd8, 0xff)) {
			return "JPEG";
		}
		if (startsWith(c, "GIF8")) {
			return "GIF";
		}
		if (startsWith(c, 'P', 'K', 3, 4) || startsWith(c, 'P', 'K', 5, 6)) {
			return "ZIP";
		}
		if (startsWith(c, 0x1f, 0x8b)) {
			return "gzip";
		}
		if (startsWith(c, "RIFF") || startsWith(c, "OggS") || startsWith(c, "ID3")) {
			return "audio or video";
		}
		if (startsWith(c, 0x7f, 'E', 'L', 'F')) {
			return "executable";
		}
		if (TextDecoder.hasUtf16Bom(c)) {
			return null;
		}
		int limit = Math.min(c.length, SAMPLE);
		int control = 0;
		for (int i = 0; i < limit; i++) {
			int b = c[i] & 0xff;
			if (b == 0) {
				return "NUL bytes";
			}
			if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
				control++;
			}
		}
		// A few stray control characters occur in real dumps; many of them mean binary
		// data.
		return (control * 50 > limit) ? "control bytes" : null;
	}

	/**
	 * Whether decoded text is an HTML document rather than text copied from a rendered
	 * page.
	 */
	static boolean isHtml(String text) {
		String head = text.substring(0, Math.min(text.length(), 4096));
		if (HTML_START.matcher(head).find()) {
			return true;
		}
		String sample = text.substring(0, Math.min(text.length(), 65536));
		var tags = TAG.matcher(sample);
		int count = 0;
		while (tags.find() && count < 20) {
			count++;
		}
		return count >= 20 || (count >= 3 && sample.toLowerCase(Locale.ROOT).contains("</p>"));
	}

	private static boolean startsWith(byte[] c, String magic) {
		return startsWith(c, magic.getBytes(StandardCharsets.ISO_8859_1));
	}

	private static boolean startsWith(byte[] c, int... magic) {
		byte[] bytes = new byte[magic.length];
		for (int i = 0; i < magic.length; i++) {
			bytes[i] = (byte) magic[i];
		}
		return startsWith(c, bytes);
	}

	private static boolean startsWith(byte[] c, byte[] magic) {
		if (c.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (c[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
