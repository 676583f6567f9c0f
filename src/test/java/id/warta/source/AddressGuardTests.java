package id.warta.source;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			0.0.0.0         | the unspecified address
			0.0.0.1         | a 'this network' address
			0.0.1.0         | a 'this network' address
			0.1.0.0         | a 'this network' address
			127.0.0.1       | a loopback address
			10.0.0.1        | a private address
			172.16.0.1      | a private address
			172.31.255.255  | a private address
			192.168.1.1     | a private address
			169.254.169.254 | a link-local address
			100.64.0.1      | a shared (CGNAT) address
			100.127.255.255 | a shared (CGNAT) address
			192.0.0.8       | an IETF protocol address
			192.0.1.8       |
			198.18.0.1      | a benchmarking address
			198.19.255.255  | a benchmarking address
			198.20.0.1      |
			224.0.0.1       | a multicast address
			239.255.255.250 | a multicast address
			240.0.0.1       | a reserved or broadcast address
			255.255.255.255 | a reserved or broadcast address
			223.255.255.255 |
			::              | the unspecified address
			::1             | a loopback address
			::127.0.0.1     | a loopback address in IPv6 form
			::10.0.0.1      | a private address in IPv6 form
			::8.8.8.8       |
			64:ff9b::7f00:1 | a loopback address in NAT64 form
			64:ff9b::808:808 |
			2002:7f00:1::1  | a loopback address in 6to4 form
			2002:a9fe:a9fe::1 | a link-local address in 6to4 form
			2002:808:808::1 |
			fc00::1         | a unique-local address
			fdff::1         | a unique-local address
			fe80::1         | a link-local address
			febf::1         | a link-local address
			fec0::1         | a site-local address
			feff::1         | a site-local address
			ff02::1         | a multicast address
			2001:db8::1     | a documentation address
			2001:db9::1     |
			2606:4700:4700::1111 |
			""")
	void namesWhyAnAddressIsRefusedOrNothingWhenItIsPublic(String literal, String reason) throws UnknownHostException {
		assertThat(AddressGuard.refusal(InetAddress.getByName(literal))).isEqualTo(reason);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			127.0.0.1       | a loopback address in IPv6 form
			10.0.0.1        | a private address in IPv6 form
			0.0.0.1         | a 'this network' address in IPv6 form
			8.8.8.8         |
			""")
	void readsTheIPv4AddressInsideAnIPv4MappedAddressKeptInIPv6Form(String ipv4, String reason)
			throws UnknownHostException {
		// The JDK turns ::ffff:a.b.c.d into an IPv4 address when it parses one; a
		// resolver may still hand over the IPv6 form.
		byte[] mapped = new byte[16];
		mapped[10] = (byte) 0xff;
		mapped[11] = (byte) 0xff;
		System.arraycopy(InetAddress.getByName(ipv4).getAddress(), 0, mapped, 12, 4);
		assertThat(AddressGuard.refusal(Inet6Address.getByAddress(null, mapped, -1))).isEqualTo(reason);
	}

	@Test
	void saysWhichHostWasRefusedAndWhy() {
		assertThatExceptionOfType(UnknownHostException.class)
			.isThrownBy(() -> AddressGuard.check("intranet.example", InetAddress.getByName("10.1.2.3")))
			.withMessage("refused intranet.example: 10.1.2.3 is a private address (warta.fetch)");
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
