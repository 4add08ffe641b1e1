package org.openplate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openplate.config.TrustedProxies;

/** X-Forwarded-For is believed only as far as our own proxies wrote it, read from the right. */
class ClientAddressTest {

    private static final String PROXY = "10.0.0.5";

    private static ClientAddress hops(int n) {
        return new ClientAddress(TrustedProxies.hops(n));
    }

    private static ClientAddress networks(String csv) {
        return new ClientAddress(new TrustedProxies(0, TrustedProxies.parseNetworks(csv)));
    }

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        ClientAddress none = new ClientAddress(TrustedProxies.NONE);
        assertEquals("203.0.113.9", none.ip("203.0.113.9", List.of("198.51.100.1")));
        assertEquals("http", none.scheme("203.0.113.9", "http", List.of("https")));
    }

    @Test
    void oneHopTakesTheEntryOurProxyAppendedNotTheClientsLeftmostOne() {
        // The client sent "1.2.3.4"; our proxy appended the address it saw, 198.51.100.7.
        assertEquals("198.51.100.7", hops(1).ip(PROXY, List.of("1.2.3.4, 198.51.100.7")));
        assertEquals("198.51.100.7", hops(1).ip(PROXY, List.of("1.2.3.4", "198.51.100.7")), "several header lines");
        assertEquals("198.51.100.7", hops(1).ip(PROXY, List.of("198.51.100.7")));
    }

    @Test
    void spoofedLeftmostEntriesNeverChangeTheAnswer() {
        Random random = new Random(13);
        for (int i = 0; i < 500; i++) {
            StringBuilder spoof = new StringBuilder();
            for (int j = random.nextInt(5); j >= 0; j--) {
                spoof.append(random.nextInt(256)).append('.').append(random.nextInt(256)).append(".0.")
                        .append(random.nextInt(256)).append(", ");
            }
            String header = spoof + "198.51.100.7";
            assertEquals("198.51.100.7", hops(1).ip(PROXY, List.of(header)), header);
            assertEquals("198.51.100.7", hops(2).ip(PROXY, List.of(header + ", 10.0.0.9")), header);
            assertEquals("198.51.100.7", networks("10.0.0.0/8").ip(PROXY, List.of(header + ", 10.0.0.9")), header);
        }
    }

    @Test
    void severalHopsSkipExactlyThatManyProxies() {
        // client -> CDN (appends client) -> nginx (appends CDN) -> app (peer = nginx)
        String header = "6.6.6.6, 198.51.100.7, 192.0.2.50";
        assertEquals("192.0.2.50", hops(1).ip(PROXY, List.of(header)));
        assertEquals("198.51.100.7", hops(2).ip(PROXY, List.of(header)));
        assertEquals("6.6.6.6", hops(3).ip(PROXY, List.of(header)), "too many hops trusts what the client wrote");
    }

    @Test
    void trustedNetworksAreSkippedFromTheRightAndAnUntrustedPeerIsTheClient() {
        ClientAddress t = networks("10.0.0.0/8, 192.168.1.5");
        assertEquals("198.51.100.7", t.ip(PROXY, List.of("6.6.6.6, 198.51.100.7, 192.168.1.5")));
        assertEquals("203.0.113.4", t.ip("203.0.113.4", List.of("6.6.6.6")), "the peer is not our proxy");
        assertEquals("10.1.2.3", t.ip(PROXY, List.of("10.1.2.3")), "all ours: the leftmost is the client");
        assertEquals(PROXY, t.ip(PROXY, List.of()), "no header: the proxy itself");
    }

    @Test
    void ipv6IsParsedAndWrittenOneWayWhateverTheSpelling() {
        ClientAddress t = networks("fd00::/8");
        String canonical = hops(1).ip(PROXY, List.of("2001:db8::1"));
        assertEquals(canonical, hops(1).ip(PROXY, List.of("2001:0db8:0:0::0001")));
        assertEquals(canonical, hops(1).ip(PROXY, List.of("[2001:db8::1]:443")));
        assertEquals(canonical, t.ip("fd12::1", List.of("1.2.3.4, 2001:db8::1, fd00::7")));
        assertEquals(hops(0).ip("::1", List.of()), hops(0).ip("0:0:0:0:0:0:0:1", List.of()));
        assertEquals("192.0.2.1", hops(1).ip(PROXY, List.of("::ffff:192.0.2.1")), "IPv4-mapped counts as IPv4");
    }

    @Test
    void garbageWhereAnAddressMustBeFallsBackToTheSocketAddress() {
        for (String bad : List.of("unknown", "", " ", "example.org", "localhost", "1.2.3", "256.1.1.1", "1.2.3.4.5",
                "fe80::1%eth0", "[::1", "1.2.3.4:99999", "1.2.3.4:", "_hidden", "0x7f.1.1.1", "::g", "1.2.3.4/8")) {
            assertEquals(PROXY, hops(1).ip(PROXY, List.of("6.6.6.6, " + bad)), "'" + bad + "'");
        }
        assertEquals("198.51.100.7", hops(1).ip(PROXY, List.of("garbage, 198.51.100.7")),
                "garbage the client put on the left is never read");
        assertEquals("not-an-ip", hops(1).ip("not-an-ip", List.of("198.51.100.7")));
    }

    @Test
    void theSchemeComesFromOurNearestProxyOnly() {
        assertEquals("https", hops(1).scheme(PROXY, "http", List.of("https")));
        assertEquals("http", hops(1).scheme(PROXY, "http", List.of("https, http")), "rightmost = our proxy");
        assertEquals("https", hops(1).scheme(PROXY, "http", List.of("HTTPS")));
        assertEquals("http", hops(1).scheme(PROXY, "http", List.of("gopher")));
        assertEquals("http", hops(1).scheme(PROXY, "http", List.of()));
        assertEquals("http", networks("192.168.0.0/16").scheme(PROXY, "http", List.of("https")),
                "the peer is not one of our proxies");
        assertEquals("https", networks("10.0.0.0/8").scheme(PROXY, "http", List.of("https")));
    }
}
