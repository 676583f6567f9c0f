package id.warta.source;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Reads a host written as a number the way C's {@code inet_aton} does — one to four
 * parts, each decimal, octal ({@code 0177}) or hexadecimal ({@code 0x7f}), the last part
 * filling the remaining bytes — so that {@code 2130706433}, {@code 0x7f.1} and
 * {@code 017700000001} are all seen as 127.0.0.1 before any resolver gets to read them
 * its own way.
 */
final class NumericHost {

	private NumericHost() {
	}

	/**
	 * The address a numeric host stands for.
	 * @param host a host name as it appears in a URL (IPv6 in brackets or not)
	 * @return the address, or {@code null} when the host is a name
	 * @throws UnknownHostException when the host looks numeric but is malformed
	 */
	static @Nullable InetAddress parse(String host) throws UnknownHostException {
		String h = host.toLowerCase(Locale.ROOT);
		if (h.endsWith(".")) {
			h = h.substring(0, h.length() - 1);
		}
		if (h.startsWith("[") && h.endsWith("]")) {
			h = h.substring(1, h.length() - 1);
		}
		if (h.indexOf(':') >= 0) {
			// An IPv6 literal: InetAddress parses those without any lookup.
			if (!h.matches("[0-9a-f:.%]+")) {
				throw new UnknownHostException("malformed IPv6 address " + host);
			}
			return InetAddress.getByName(h);
		}
		if (h.isEmpty() || !h.matches("[0-9a-fx.]+") || !Character.isDigit(h.charAt(0))) {
			return null;
		}
		String[] parts = h.split("\\.", -1);
		if (parts.length > 4) {
			return null;
		}
		long[] values = new long[parts.length];
		for (int i = 0; i < parts.length; i++) {
			values[i] = part(parts[i]);
			if (values[i] < 0) {
				return null;
			}
		}
		long address = 0;
		for (int i = 0; i < parts.length - 1; i++) {
			if (values[i] > 0xff) {
				throw new UnknownHostException("malformed numeric host " + host);
			}
			address |= values[i] << (8 * (3 - i));
		}
		long last = values[parts.length - 1];
		if (last >= (1L << (8 * (5 - parts.length)))) {
			throw new UnknownHostException("malformed numeric host " + host);
		}
		address |= last;
		byte[] bytes = { (byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address };
		return InetAddress.getByAddress(host, bytes);
	}

	/**
	 * One part's value, -1 when it is no number in its base (the host is a name, such as
	 * {@code 1e100.net}), or {@link Long#MAX_VALUE} when it is too large to be one.
	 */
	private static long part(String text) {
		int radix = 10;
		String digits = text;
		if (text.startsWith("0x")) {
			radix = 16;
			digits = text.substring(2);
		}
		else if (text.length() > 1 && text.startsWith("0")) {
			radix = 8;
			digits = text.substring(1);
		}
		if (digits.isEmpty()) {
			return (radix == 16) ? 0 : -1;
		}
		for (char c : digits.toCharArray()) {
			if (Character.digit(c, radix) < 0) {
				return -1;
			}
		}
		return (digits.length() > 12) ? Long.MAX_VALUE : Long.parseLong(digits, radix);
	}

}
