package org.openplate.config;

import java.net.InetAddress;
import java.util.Arrays;

/** A network block such as {@code 10.0.0.0/8} or {@code fd00::/8} (RFC 4632, RFC 4291); a bare address is one host. */
public record Cidr(byte[] network, int prefixBits) {

    public Cidr {
        network = network.clone();
        if (prefixBits < 0 || prefixBits > network.length * 8) {
            throw new IllegalArgumentException("prefix length must be 0-" + network.length * 8);
        }
    }

    /** Parses {@code address[/bits]}; throws {@link IllegalArgumentException} naming the bad text. */
    public static Cidr parse(String text) {
        String s = text.strip();
        int slash = s.indexOf('/');
        String addressPart = slash < 0 ? s : s.substring(0, slash);
        InetAddress address = IpLiteral.parse(addressPart).filter(a -> !addressPart.contains("]") && !hasPort(addressPart))
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not an IP address or network"));
        byte[] bytes = address.getAddress();
        int bits = bytes.length * 8;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(s.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' has a bad prefix length");
            }
            if (bits < 0 || bits > bytes.length * 8) {
                throw new IllegalArgumentException("'" + text + "': prefix length must be 0-" + bytes.length * 8);
            }
        }
        return new Cidr(bytes, bits);
    }

    private static boolean hasPort(String s) {
        int colon = s.indexOf(':');
        return colon >= 0 && colon == s.lastIndexOf(':');
    }

    public boolean contains(InetAddress address) {
        byte[] a = address.getAddress();
        if (a.length != network.length) {
            return false;
        }
        int full = prefixBits / 8;
        for (int i = 0; i < full; i++) {
            if (a[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixBits % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (a[full] & mask) == (network[full] & mask);
    }

    @Override
    public byte[] network() {
        return network.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cidr c && c.prefixBits == prefixBits && Arrays.equals(c.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixBits;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefixBits;
        } catch (java.net.UnknownHostException e) {
            return Arrays.toString(network) + "/" + prefixBits;
        }
    }
}
