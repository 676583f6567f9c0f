package id.warta.scraper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Turns bytes into text: byte-order mark first, then the HTTP charset, then an HTML
 * {@code <meta>} declaration, then UTF-8 when the bytes are valid UTF-8, else
 * Windows-1252 (what Indonesian sites and Windows editors most often produce).
 */
final class TextDecoder {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final Pattern CHARSET_PARAM = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)",
			Pattern.CASE_INSENSITIVE);

	private TextDecoder() {
	}

	static boolean hasUtf16Bom(byte[] c) {
		return c.length >= 2 && (((c[0] & 0xff) == 0xfe && (c[1] & 0xff) == 0xff)
				|| ((c[0] & 0xff) == 0xff && (c[1] & 0xff) == 0xfe));
	}

	static String decode(byte[] content, @Nullable String contentType) {
		return detect(content, contentType).decode(content);
	}

	/** How the bytes are encoded, without decoding them all. */
	static Encoding detect(byte[] content, @Nullable String contentType) {
		if (content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
				&& (content[2] & 0xff) == 0xbf) {
			return new Encoding(StandardCharsets.UTF_8, 3);
		}
		if (hasUtf16Bom(content)) {
			Charset utf16 = ((content[0] & 0xff) == 0xfe) ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
			return new Encoding(utf16, 2);
		}
		Charset declared = charsetIn(contentType, CHARSET_PARAM);
		if (declared == null) {
			String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1);
			declared = charsetIn(head, META_CHARSET);
		}
		if (declared != null && !declared.equals(StandardCharsets.UTF_8)
				&& (declared.name().startsWith("UTF-") || !hasNonAscii(content) || !isUtf8(content))) {
			// Text in another charset is next to never well-formed UTF-8 once it leaves
			// ASCII: a page that is, whatever it declares, was saved as UTF-8.
			return new Encoding(declared, 0);
		}
		return new Encoding(isUtf8(content) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
	}

	/**
	 * An encoding found for some bytes.
	 *
	 * @param charset the charset to decode with
	 * @param offset where the text starts, after a byte-order mark
	 */
	record Encoding(Charset charset, int offset) {

		String decode(byte[] content) {
			return new String(content, this.offset, content.length - this.offset, this.charset);
		}

		/** The first characters, enough to tell HTML from a dump. */
		String decodeHead(byte[] content, int maxBytes) {
			return new String(content, this.offset, Math.min(content.length - this.offset, maxBytes), this.charset);
		}

		/** Parses the bytes as HTML, decoding as jsoup streams them. */
		Document parseHtml(byte[] content, String baseUri) {
			try {
				return Jsoup.parse(new ByteArrayInputStream(content, this.offset, content.length - this.offset),
						this.charset.name(), baseUri);
			}
			catch (IOException ex) {
				// Reading from memory does not fail.
				throw new UncheckedIOException(ex);
			}
		}

	}

	private static @Nullable Charset charsetIn(@Nullable String text, Pattern pattern) {
		if (text == null) {
			return null;
		}
		Matcher m = pattern.matcher(text);
		if (!m.find()) {
			return null;
		}
		String name = m.group(1).toLowerCase(Locale.ROOT);
		// Browsers read ISO-8859-1 and US-ASCII labels as Windows-1252; so do we.
		if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) {
			return WINDOWS_1252;
		}
		try {
			return Charset.forName(name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Whether the bytes are well-formed UTF-8 (no overlong forms, surrogates or code
	 * points past U+10FFFF). A scan without decoding: the decoding then takes the JDK's
	 * fast path.
	 */
	private static boolean hasNonAscii(byte[] c) {
		for (byte b : c) {
			if (b < 0) {
				return true;
			}
		}
		return false;
	}

	static boolean isUtf8(byte[] c) {
		int i = 0;
		int n = c.length;
		while (i < n) {
			int b = c[i];
			if (b >= 0) {
				i++;
				continue;
			}
			b &= 0xff;
			int extra;
			int min;
			if (b >= 0xc2 && b <= 0xdf) {
				extra = 1;
				min = 0x80;
			}
			else if (b >= 0xe0 && b <= 0xef) {
				extra = 2;
				min = 0x800;
			}
			else if (b >= 0xf0 && b <= 0xf4) {
				extra = 3;
				min = 0x10000;
			}
			else {
				return false;
			}
			if (i + extra >= n) {
				return false;
			}
			int cp = b & (0x3f >> extra);
			for (int k = 1; k <= extra; k++) {
				int next = c[i + k] & 0xff;
				if ((next & 0xc0) != 0x80) {
					return false;
				}
				cp = (cp << 6) | (next & 0x3f);
			}
			if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
				return false;
			}
			i += extra + 1;
		}
		return true;
	}

}
