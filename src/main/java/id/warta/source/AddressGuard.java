package id.warta.source;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Refuses addresses that a request from a server must never reach: whatever a feed or a
 * redirect names, the fetcher may not be turned against the machine it runs on or its
 * network (server-side request forgery).
 */
final class AddressGuard {

	private AddressGuard() {
	}

	/**
	 * Why an address is refused.
	 * @return the reason, or {@code null} when the address is public
	 */
	static @Nullable String refusal(InetAddress address) {
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			return ipv4Refusal(bytes);
		}
		if (address instanceof Inet6Address) {
			return ipv6Refusal(bytes);
		}
		return "not an IP address";
	}

	/**
	 * Refuses the address unless it is public.
	 * @throws ForbiddenAddressException when it is not
	 */
	static void check(String host, InetAddress address) throws ForbiddenAddressException {
		String reason = refusal(address);
		if (reason != null) {
			throw new ForbiddenAddressException(
					"refused " + host + ": " + address.getHostAddress() + " is " + reason + " (warta.fetch)");
		}
	}

	private static @Nullable String ipv4Refusal(byte[] b) {
		int a0 = b[0] & 0xff;
		int a1 = b[1] & 0xff;
		if (a0 == 0) {
			return (a1 == 0 && b[2] == 0 && b[3] == 0) ? "the unspecified address" : "a 'this network' address";
		}
		if (a0 == 127) {
			return "a loopback address";
		}
		if (a0 == 10 || (a0 == 172 && (a1 & 0xf0) == 16) || (a0 == 192 && a1 == 168)) {
			return "a private address";
		}
		if (a0 == 169 && a1 == 254) {
			return "a link-local address";
		}
		if (a0 == 100 && (a1 & 0xc0) == 64) {
			return "a shared (CGNAT) address";
		}
		if (a0 == 192 && a1 == 0 && b[2] == 0) {
			return "an IETF protocol address";
		}
		if (a0 == 198 && (a1 & 0xfe) == 18) {
			return "a benchmarking address";
		}
		if (a0 >= 224 && a0 <= 239) {
			return "a multicast address";
		}
		if (a0 >= 240) {
			return "a reserved or broadcast address";
		}
		return null;
	}

	private static @Nullable String ipv6Refusal(byte[] b) {
		int first = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
		if (isZero(b, 0, 10)) {
			boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
			if (mapped || isZero(b, 10, 12)) {
				if (!mapped && isZero(b, 12, 15)) {
					// ::, ::1 and the compatible forms of 0.0.0.x
					return (b[15] == 1) ? "a loopback address" : "the unspecified address";
				}
				String embedded = ipv4Refusal(Arrays.copyOfRange(b, 12, 16));
				return (embedded != null) ? embedded + " in IPv6 form" : null;
			}
		}
		if (first == 0x0064 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b && isZero(b, 4, 12)) {
			String embedded = ipv4Refusal(Arrays.copyOfRange(b, 12, 16));
			return (embedded != null) ? embedded + " in NAT64 form" : null;
		}
		if (first == 0x2002) {
			String embedded = ipv4Refusal(Arrays.copyOfRange(b, 2, 6));
			return (embedded != null) ? embedded + " in 6to4 form" : null;
		}
		if ((first & 0xfe00) == 0xfc00) {
			return "a unique-local address";
		}
		if ((first & 0xffc0) == 0xfe80) {
			return "a link-local address";
		}
		if ((first & 0xffc0) == 0xfec0) {
			return "a site-local address";
		}
		if ((first & 0xff00) == 0xff00) {
			return "a multicast address";
		}
		if (first == 0x2001 && ((b[2] & 0xff) << 8 | (b[3] & 0xff)) == 0x0db8) {
			return "a documentation address";
		}
		return null;
	}

	private static boolean isZero(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A host that resolves, or is written as, an address that may not be fetched.
	 */
	static final class ForbiddenAddressException extends UnknownHostException {

		ForbiddenAddressException(String message) {
			super(message);
		}

	}

}
