package org.openplate.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses an IP address written as a literal (never a host name, so never a DNS lookup): IPv4 dotted
 * quads, IPv6 (RFC 4291 section 2.2), optionally in brackets and with a port as some proxies write them
 * ({@code [2001:db8::1]:443}, {@code 192.0.2.1:8080}). Anything else is rejected.
 */
public final class IpLiteral {

    private static final Pattern IPV4 = Pattern.compile(
            "(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");

    private IpLiteral() {
    }

    /** The address, or empty when {@code text} is not exactly one IP literal. */
    public static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            if (end < 0 || !(end == s.length() - 1 || portFollows(s, end + 1))) {
                return Optional.empty();
            }
            return ipv6(s.substring(1, end));
        }
        int colon = s.indexOf(':');
        if (colon >= 0 && colon == s.lastIndexOf(':')) {
            // "192.0.2.1:8080": an IPv4 address with a port.
            return portFollows(s, colon) ? ipv4(s.substring(0, colon)) : Optional.empty();
        }
        return colon >= 0 ? ipv6(s) : ipv4(s);
    }

    /** The canonical text of an address (so that one address always counts as one, however written). */
    public static String canonical(InetAddress address) {
        return address.getHostAddress();
    }

    private static boolean portFollows(String s, int colon) {
        if (colon >= s.length() || s.charAt(colon) != ':' || !PORT.matcher(s.substring(colon + 1)).matches()) {
            return false;
        }
        return Integer.parseInt(s.substring(colon + 1)) <= 65535;
    }

    private static Optional<InetAddress> ipv4(String s) {
        return IPV4.matcher(s).matches() ? literal(s) : Optional.empty();
    }

    private static Optional<InetAddress> ipv6(String s) {
        // The character check keeps host names and zone ids out: getByName then parses a literal only.
        return s.indexOf(':') >= 0 && IPV6.matcher(s).matches() ? literal(s) : Optional.empty();
    }

    private static Optional<InetAddress> literal(String s) {
        try {
            return Optional.of(InetAddress.getByName(s));
        } catch (UnknownHostException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
