package org.openplate.config;

import java.util.Arrays;
import java.util.List;

/**
 * Which reverse proxies in front of OpenPlate are ours, so that only the {@code X-Forwarded-*} entries
 * they added are believed. {@code hops} counts our proxies from the server outwards (1 = one nginx or
 * Caddy in front); {@code networks} lists the addresses our proxies connect from. Nothing configured
 * means the headers are ignored and the socket address is the client.
 */
public record TrustedProxies(int hops, List<Cidr> networks) {

    public static final int MAX_HOPS = 20;
    public static final TrustedProxies NONE = new TrustedProxies(0, List.of());

    public TrustedProxies {
        if (hops < 0 || hops > MAX_HOPS) {
            throw new IllegalArgumentException("trusted proxy hops must be between 0 and " + MAX_HOPS + ", was " + hops);
        }
        networks = List.copyOf(networks);
    }

    public static TrustedProxies hops(int hops) {
        return new TrustedProxies(hops, List.of());
    }

    /** Parses a comma-separated list such as {@code 10.0.0.0/8, 192.168.1.5, fd00::/8}. */
    public static List<Cidr> parseNetworks(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Cidr::parse).toList();
    }

    /** True when some proxy is trusted at all. */
    public boolean any() {
        return hops > 0 || !networks.isEmpty();
    }
}
