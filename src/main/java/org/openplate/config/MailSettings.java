package org.openplate.config;

import java.util.Locale;
import java.util.Objects;

/**
 * How OpenPlate sends e-mail (password-reset links, reminders the user opted into): an SMTP server.
 * {@link #NONE} (no host) means e-mail is not set up: the forgot-password page then tells the user to
 * ask the operator, who has the {@code users reset-password} command.
 *
 * @param host     SMTP server name; null when e-mail is off
 * @param port     SMTP port (by default 587 for STARTTLS, 465 for implicit TLS, 25 without TLS)
 * @param username SMTP login (may be null: no authentication)
 * @param password SMTP password (may be null); never printed
 * @param from     the From address of every message
 * @param tls      how the connection is encrypted
 */
public record MailSettings(String host, int port, String username, String password, String from, Tls tls) {

    /** E-mail switched off. */
    public static final MailSettings NONE = new MailSettings(null, 0, null, null, null, Tls.STARTTLS);

    /**
     * Transport security: NONE (plain SMTP; only for a relay on the same host or network), STARTTLS
     * (upgrade required, RFC 3207; the connection fails rather than fall back to plain text) or TLS
     * (implicit TLS from the first byte, "submissions" port 465, RFC 8314).
     */
    public enum Tls {
        NONE, STARTTLS, TLS;

        public static Tls parse(String raw) {
            return switch (raw.strip().toLowerCase(Locale.ROOT)) {
                case "none", "off", "plain" -> NONE;
                case "starttls" -> STARTTLS;
                case "tls", "ssl", "implicit" -> TLS;
                default -> throw new IllegalArgumentException("expected none, starttls or tls, was '" + raw + "'");
            };
        }

        /** The usual port for this mode (RFC 8314 section 7.3, RFC 6409). */
        public int defaultPort() {
            return switch (this) {
                case NONE -> 25;
                case STARTTLS -> 587;
                case TLS -> 465;
            };
        }
    }

    public MailSettings {
        Objects.requireNonNull(tls, "tls");
        if (host != null && host.isBlank()) {
            host = null;
        }
        if (host != null) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("the SMTP port must be between 1 and 65535, was " + port);
            }
            if (from == null || !from.matches("^[^@\\s<>]+@[^@\\s<>]+$")) {
                throw new IllegalArgumentException("the SMTP from address must be an e-mail address such as"
                        + " openplate@example.org, was '" + from + "'");
            }
        }
    }

    /** True when an SMTP server is set. */
    public boolean configured() {
        return host != null;
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return configured() ? "MailSettings[host=" + host + ", port=" + port + ", username=" + username + ", password="
                + (password == null ? "null" : "***") + ", from=" + from + ", tls=" + tls + "]" : "MailSettings[off]";
    }
}
