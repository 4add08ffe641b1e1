package org.openplate.web;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openplate.config.IpLiteral;
import org.openplate.config.TrustedProxies;

/**
 * Who the client is behind our reverse proxies. Each proxy appends the address it received the request
 * from to {@code X-Forwarded-For}, so only the entries on the RIGHT were written by proxies we run; the
 * ones on the left are whatever the client sent. We therefore walk the list from the right, starting at
 * the socket peer, and stop at the first address that is not one of our proxies: that is the client.
 * A malformed entry where a real address must be makes us ignore the header and use the socket address.
 * (OWASP ASVS 5.0 V4.1.3 and the MDN notes on X-Forwarded-For "selecting an IP address".)
 */
public final class ClientAddress {

    /** More entries than this are not looked at: no deployment has that many proxies. */
    private static final int MAX_ENTRIES = 64;

    private final TrustedProxies trusted;

    public ClientAddress(TrustedProxies trusted) {
        this.trusted = trusted;
    }

    /**
     * @param socketAddress the TCP peer's address as the server saw it
     * @param forwardedFor  every {@code X-Forwarded-For} header line, in order (may be empty)
     * @return the client's address in canonical form (one address always reads the same)
     */
    public String ip(String socketAddress, List<String> forwardedFor) {
        Optional<InetAddress> peer = IpLiteral.parse(socketAddress);
        if (peer.isEmpty()) {
            return socketAddress;
        }
        if (!trusted.any()) {
            return IpLiteral.canonical(peer.get());
        }
        List<String> entries = entries(forwardedFor);
        InetAddress current = peer.get();
        int fromRight = 0;
        int i = entries.size() - 1;
        while (isOurs(fromRight, current)) {
            if (i < 0) {
                return IpLiteral.canonical(current);
            }
            Optional<InetAddress> next = IpLiteral.parse(entries.get(i));
            if (next.isEmpty()) {
                return IpLiteral.canonical(peer.get());
            }
            current = next.get();
            fromRight++;
            i--;
        }
        return IpLiteral.canonical(current);
    }

    /**
     * "https" or "http": our nearest proxy's {@code X-Forwarded-Proto} (the rightmost value) when the socket
     * peer is one of our proxies, else the scheme of the connection itself.
     */
    public String scheme(String socketAddress, String socketScheme, List<String> forwardedProto) {
        Optional<InetAddress> peer = IpLiteral.parse(socketAddress);
        if (peer.isEmpty() || !isOurs(0, peer.get())) {
            return socketScheme;
        }
        List<String> entries = entries(forwardedProto);
        if (entries.isEmpty()) {
            return socketScheme;
        }
        String nearest = entries.get(entries.size() - 1).toLowerCase(Locale.ROOT);
        return nearest.equals("https") || nearest.equals("http") ? nearest : socketScheme;
    }

    private boolean isOurs(int fromRight, InetAddress address) {
        return fromRight < trusted.hops() || trusted.networks().stream().anyMatch(n -> n.contains(address));
    }

    private static List<String> entries(List<String> headerLines) {
        List<String> out = new ArrayList<>();
        for (String line : headerLines) {
            if (line == null) {
                continue;
            }
            for (String part : line.split(",", -1)) {
                out.add(part.strip());
            }
        }
        return out.size() > MAX_ENTRIES ? out.subList(out.size() - MAX_ENTRIES, out.size()) : out;
    }
}
