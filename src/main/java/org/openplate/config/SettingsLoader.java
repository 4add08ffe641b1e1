package org.openplate.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Resolves settings: an explicit flag wins, then the {@code OPENPLATE_*} environment variable,
 * then the default. Flags are passed in as nullable values by the CLI.
 */
public final class SettingsLoader {

    private final Map<String, String> env;

    public SettingsLoader(Map<String, String> env) {
        this.env = env;
    }

    /** Flag values as given on the command line; null when absent. */
    public record Flags(Integer port, String host, Path dataDir, String databaseUrl,
                        String databaseUser, String databasePassword, String cookieSecure,
                        Boolean trustProxy, Integer trustedProxyHops, String trustedProxies,
                        Long maxRequestBytes, Long maxAdminUploadBytes, String sqliteSynchronous) {
        /** The flags of earlier versions. */
        public Flags(Integer port, String host, Path dataDir, String databaseUrl, String databaseUser,
                     String databasePassword, String cookieSecure, Boolean trustProxy, Long maxRequestBytes) {
            this(port, host, dataDir, databaseUrl, databaseUser, databasePassword, cookieSecure, trustProxy, null, null,
                    maxRequestBytes, null, null);
        }

        public static Flags none() {
            return new Flags(null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    /**
     * The e-mail flags as given on the command line; null when absent. {@code smtpPassword} is better given
     * through {@code OPENPLATE_SMTP_PASSWORD} (flags show in the process list).
     */
    public record MailFlags(String publicUrl, String smtpHost, Integer smtpPort, String smtpUsername,
                            String smtpPassword, String smtpFrom, String smtpTls) {
        public static MailFlags none() {
            return new MailFlags(null, null, null, null, null, null, null);
        }
    }

    public Settings load(Flags f) {
        return load(f, MailFlags.none());
    }

    public Settings load(Flags f, MailFlags m) {
        Settings d = Settings.defaults();
        int port = pick(f.port(), "OPENPLATE_PORT", Integer::parseInt, d.port());
        String host = pick(f.host(), "OPENPLATE_HOST", Function.identity(), d.host());
        Path dataDir = pick(f.dataDir(), "OPENPLATE_DATA_DIR", Path::of, d.dataDir());
        String url = pick(f.databaseUrl(), "OPENPLATE_DATABASE_URL", Function.identity(), null);
        String user = pick(f.databaseUser(), "OPENPLATE_DATABASE_USER", Function.identity(), null);
        String password = pick(f.databasePassword(), "OPENPLATE_DATABASE_PASSWORD", Function.identity(), null);
        Settings.CookieSecurity security = f.cookieSecure() != null ? cookieSecurity(f.cookieSecure())
                : pick(null, "OPENPLATE_COOKIE_SECURE", SettingsLoader::cookieSecurity, d.cookieSecurity());
        TrustedProxies proxies = proxies(f);
        long maxBytes = pick(f.maxRequestBytes(), "OPENPLATE_MAX_REQUEST_BYTES", Long::parseLong, d.maxRequestBytes());
        long adminBytes = pick(f.maxAdminUploadBytes(), "OPENPLATE_MAX_ADMIN_UPLOAD_BYTES", Long::parseLong,
                Math.max(maxBytes, d.maxAdminUploadBytes()));
        long ttlDays = pick(null, "OPENPLATE_SESSION_DAYS", Long::parseLong, d.sessionTtl().toDays());
        Settings.SqliteSynchronous sync = f.sqliteSynchronous() != null ? sqliteSynchronous(f.sqliteSynchronous())
                : pick(null, "OPENPLATE_SQLITE_SYNCHRONOUS", SettingsLoader::sqliteSynchronous, Settings.SqliteSynchronous.FULL);
        int apiRate = pick(null, "OPENPLATE_API_RATE_PER_MINUTE", SettingsLoader::apiRate, d.apiRatePerMinute());
        String urlName = m.publicUrl() != null ? "--public-url" : "OPENPLATE_PUBLIC_URL";
        String urlText = m.publicUrl() != null ? m.publicUrl() : env.get("OPENPLATE_PUBLIC_URL");
        java.net.URI publicUrl = urlText == null || urlText.isBlank() ? null
                : checked(urlName, () -> Settings.publicUrl(java.net.URI.create(urlText.strip())));
        MailSettings mail = mail(m);
        return new Settings(port, host, dataDir, url, user, password, security, proxies, maxBytes, adminBytes,
                Duration.ofDays(ttlDays), sync, apiRate, publicUrl, mail);
    }

    /** The SMTP server: off unless a host is given; the port follows the TLS mode unless set. */
    private MailSettings mail(MailFlags m) {
        String host = pick(m.smtpHost(), "OPENPLATE_SMTP_HOST", Function.identity(), null);
        if (host == null || host.isBlank()) {
            return MailSettings.NONE;
        }
        MailSettings.Tls tls = m.smtpTls() != null ? checked("--smtp-tls", () -> MailSettings.Tls.parse(m.smtpTls()))
                : pick(null, "OPENPLATE_SMTP_TLS", MailSettings.Tls::parse, MailSettings.Tls.STARTTLS);
        int smtpPort = pick(m.smtpPort(), "OPENPLATE_SMTP_PORT", Integer::parseInt, tls.defaultPort());
        String username = pick(m.smtpUsername(), "OPENPLATE_SMTP_USERNAME", Function.identity(), null);
        String secret = pick(m.smtpPassword(), "OPENPLATE_SMTP_PASSWORD", Function.identity(), null);
        String from = pick(m.smtpFrom(), "OPENPLATE_SMTP_FROM", Function.identity(), null);
        return checked("SMTP settings (--smtp-* / OPENPLATE_SMTP_*)",
                () -> new MailSettings(host.strip(), smtpPort, username, secret, from == null ? null : from.strip(), tls));
    }

    /**
     * {@code --trusted-proxy-hops N} wins; otherwise {@code --trust-proxy} means one hop, as it always did.
     * {@code --trusted-proxies} adds the networks our proxies connect from.
     */
    private TrustedProxies proxies(Flags f) {
        boolean legacy = pick(f.trustProxy(), "OPENPLATE_TRUST_PROXY", SettingsLoader::bool, false);
        int hops = pick(f.trustedProxyHops(), "OPENPLATE_TRUSTED_PROXY_HOPS", Integer::parseInt, legacy ? 1 : 0);
        String networksText = f.trustedProxies() != null ? f.trustedProxies() : env.get("OPENPLATE_TRUSTED_PROXIES");
        String networksName = f.trustedProxies() != null ? "--trusted-proxies" : "OPENPLATE_TRUSTED_PROXIES";
        var networks = checked(networksName, () -> TrustedProxies.parseNetworks(networksText));
        final int h = hops;
        final var n = networks;
        return checked(f.trustedProxyHops() != null ? "--trusted-proxy-hops" : "OPENPLATE_TRUSTED_PROXY_HOPS",
                () -> new TrustedProxies(h, n));
    }

    private static <T> T checked(String name, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    private <T> T pick(T flag, String envName, Function<String, T> parse, T fallback) {
        if (flag != null) {
            return flag;
        }
        String raw = env.get(envName);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return parse.apply(raw.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(envName + " has an invalid value: '" + raw + "'", e);
        }
    }

    /** Requests per API token per minute: a whole number from 1 to {@link Settings#MAX_API_RATE_PER_MINUTE}. */
    static int apiRate(String raw) {
        int n = Integer.parseInt(raw);
        if (n < 1 || n > Settings.MAX_API_RATE_PER_MINUTE) {
            throw new IllegalArgumentException("must be a whole number from 1 to " + Settings.MAX_API_RATE_PER_MINUTE);
        }
        return n;
    }

    static Settings.CookieSecurity cookieSecurity(String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "auto" -> Settings.CookieSecurity.AUTO;
            case "true", "always", "yes" -> Settings.CookieSecurity.ALWAYS;
            case "false", "never", "no" -> Settings.CookieSecurity.NEVER;
            default -> throw new IllegalArgumentException("expected auto, always or never");
        };
    }

    static Settings.SqliteSynchronous sqliteSynchronous(String raw) {
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "full" -> Settings.SqliteSynchronous.FULL;
            case "normal" -> Settings.SqliteSynchronous.NORMAL;
            default -> throw new IllegalArgumentException("SQLite synchronous must be full or normal, was '" + raw + "'");
        };
    }

    static boolean bool(String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException("expected true or false");
        };
    }
}
