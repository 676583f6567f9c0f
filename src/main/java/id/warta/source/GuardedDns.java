package id.warta.source;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import okhttp3.Dns;

/**
 * Resolves a host once and hands OkHttp only addresses that passed the
 * {@link AddressGuard}: OkHttp connects to exactly these, so no second lookup can swap in
 * a private address (DNS rebinding), and since it resolves every redirect hop through
 * here, every hop is checked. One refused address refuses the host: a name that points at
 * both a public and a private address is an attack, not a mistake.
 */
final class GuardedDns implements Dns {

	private final boolean allowPrivate;

	GuardedDns(boolean allowPrivate) {
		this.allowPrivate = allowPrivate;
	}

	@Override
	public List<InetAddress> lookup(String hostname) throws UnknownHostException {
		List<InetAddress> addresses = resolve(hostname);
		if (!this.allowPrivate) {
			for (InetAddress address : addresses) {
				AddressGuard.check(hostname, address);
			}
		}
		return addresses;
	}

	private static List<InetAddress> resolve(String hostname) throws UnknownHostException {
		InetAddress numeric = NumericHost.parse(hostname);
		if (numeric != null) {
			return List.of(InetAddress.getByAddress(hostname, numeric.getAddress()));
		}
		return List.of(InetAddress.getAllByName(hostname));
	}

}
