package id.warta.source;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The SSRF guard on addresses and the tricks used to hide them. Only literals (and
 * {@code localhost}) are looked up, so no test asks a DNS server anything.
 */
class AddressGuardTests {

	private final GuardedDns guarded = new GuardedDns(false);

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "127.1.2.3", "localhost", "0.0.0.0", "0.1.2.3", "10.0.0.1", "10.255.255.255",
			"172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "169.254.0.1", "100.64.0.1",
			"100.127.255.255", "224.0.0.1", "239.255.255.250", "255.255.255.255", "240.0.0.1", "192.0.0.8",
			"198.18.0.1",
			// Numeric tricks for 127.0.0.1 and the cloud metadata address.
			"2130706433", "0x7f.1", "0x7f000001", "017700000001", "0177.0.0.1", "127.1", "0x7f.0.0.1", "2852039166",
			"0xa9.0xfe.0xa9.0xfe", "127.0.0.1.",
			// IPv6, and IPv4 hidden in IPv6.
			"::1", "[::1]", "::", "fe80::1", "febf::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1",
			"[::ffff:7f00:1]", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1", "::10.0.0.1",
			"64:ff9b::7f00:1", "2002:7f00:1::1", "0:0:0:0:0:ffff:c0a8:0101", "fec0::1", "2001:db8::1" })
	void refusesPrivateAndSpecialAddresses(String host) {
		assertThatExceptionOfType(UnknownHostException.class).isThrownBy(() -> this.guarded.lookup(host));
	}

	@ParameterizedTest
	@ValueSource(strings = { "93.184.216.34", "8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.1", "172.15.255.255",
			"172.32.0.1", "192.169.0.1", "169.253.255.255", "2606:4700:4700::1111", "2001:4860:4860::8888",
			"0x5d.0xb8.0xd8.0x22", "1572395042" })
	void allowsPublicAddressesWithoutALookup(String host) throws UnknownHostException {
		List<InetAddress> addresses = this.guarded.lookup(host);
		assertThat(addresses).hasSize(1);
		assertThat(AddressGuard.refusal(addresses.get(0))).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0x7f.1", "2130706433", "017700000001" })
	void readsNumericHostsAsTheResolverWould(String host) throws UnknownHostException {
		assertThat(NumericHost.parse(host).getHostAddress()).isEqualTo("127.0.0.1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "example.com", "1e100.net", "berita.co.id", "4chan.org", "123.example" })
	void leavesNamesToTheResolver(String host) throws UnknownHostException {
		assertThat(NumericHost.parse(host)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "localhost", "::1", "10.0.0.1" })
	void letsTestsReachLocalServersWhenAllowed(String host) throws UnknownHostException {
		assertThat(new GuardedDns(true).lookup(host)).isNotEmpty();
	}

}
