package org.openplate.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Every run-time setting in one immutable record. Built by {@link SettingsLoader} from command-line
 * flags, then {@code OPENPLATE_*} environment variables, then defaults.
 *
 * @param port            HTTP port (0 picks a free one, used by tests)
 * @param host            interface to bind
 * @param dataDir         directory for the SQLite file and uploads
 * @param databaseUrl     JDBC URL; {@code null} means the embedded SQLite file in {@code dataDir}
 * @param databaseUser    user for a server database (may be null)
 * @param databasePassword password for a server database (may be null)
 * @param cookieSecurity  when session cookies get the {@code Secure} attribute
 * @param proxies         which reverse proxies' {@code X-Forwarded-For}/{@code -Proto} entries are believed
 * @param maxRequestBytes largest accepted request body for ordinary forms and JSON (signed-in users)
 * @param maxAdminUploadBytes largest body an administrator may send to the food catalogue import
 * @param sessionTtl      how long an idle session stays valid
 * @param sqliteSynchronous SQLite's {@code PRAGMA synchronous}: FULL (default) or NORMAL
 * @param apiRatePerMinute requests each API token may make per minute (counted across instances)
 * @param publicUrl       the address users reach this OpenPlate at (e.g. https://plate.example.org), for links
 *                        in e-mails; null when not set. Links are never built from a request's Host header,
 *                        which a client chooses (OWASP Forgot Password Cheat Sheet, "URL tokens").
 * @param mail            the SMTP server for e-mail, or {@link MailSettings#NONE}
 */
public record Settings(
        int port,
        String host,
        Path dataDir,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        CookieSecurity cookieSecurity,
        TrustedProxies proxies,
        long maxRequestBytes,
        long maxAdminUploadBytes,
        Duration sessionTtl,
        SqliteSynchronous sqliteSynchronous,
        int apiRatePerMinute,
        java.net.URI publicUrl,
        MailSettings mail) {

    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1_000_000;
    public static final long DEFAULT_MAX_ADMIN_UPLOAD_BYTES = 2L * 1024 * 1024 * 1024;
    /** Signed-in users' uploads (restoring an export, tracker files, editor images) may be this large. */
    public static final long USER_UPLOAD_BYTES = 110L * 1024 * 1024;
    public static final Duration DEFAULT_SESSION_TTL = Duration.ofDays(30);
    public static final int DEFAULT_API_RATE_PER_MINUTE = 120;
    public static final int MAX_API_RATE_PER_MINUTE = 100_000;

    /** When to mark cookies {@code Secure}. */
    public enum CookieSecurity { AUTO, ALWAYS, NEVER }

    /**
     * How hard SQLite pushes each commit to the disk (https://sqlite.org/pragma.html#pragma_synchronous).
     * FULL syncs the write-ahead log on every commit: an acknowledged write survives a power cut. NORMAL
     * syncs only at checkpoints: faster, and still safe against a crash of the process, but a power cut or
     * OS crash can lose the last commits.
     */
    public enum SqliteSynchronous { FULL, NORMAL }

    public Settings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(cookieSecurity, "cookieSecurity");
        Objects.requireNonNull(sessionTtl, "sessionTtl");
        Objects.requireNonNull(proxies, "proxies");
        Objects.requireNonNull(sqliteSynchronous, "sqliteSynchronous");
        Objects.requireNonNull(mail, "mail");
        publicUrl = publicUrl(publicUrl);
        if (mail.configured() && publicUrl == null) {
            throw new IllegalArgumentException("e-mail needs the public address of this OpenPlate for its links:"
                    + " set --public-url / OPENPLATE_PUBLIC_URL (e.g. https://plate.example.org)");
        }
        if (apiRatePerMinute < 1 || apiRatePerMinute > MAX_API_RATE_PER_MINUTE) {
            throw new IllegalArgumentException("the API rate must be a whole number from 1 to " + MAX_API_RATE_PER_MINUTE
                    + " requests a minute, was " + apiRatePerMinute);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("max request size must be at least 1024 bytes");
        }
        if (maxAdminUploadBytes < maxRequestBytes) {
            throw new IllegalArgumentException("the admin upload limit (" + maxAdminUploadBytes
                    + " bytes) must not be below the request limit (" + maxRequestBytes + " bytes)");
        }
        if (databaseUrl != null && databaseUrl.isBlank()) {
            databaseUrl = null;
        }
    }

    /** Without a public address and without e-mail. */
    public Settings(int port, String host, Path dataDir, String databaseUrl, String databaseUser,
                    String databasePassword, CookieSecurity cookieSecurity, TrustedProxies proxies, long maxRequestBytes,
                    long maxAdminUploadBytes, Duration sessionTtl, SqliteSynchronous sqliteSynchronous,
                    int apiRatePerMinute) {
        this(port, host, dataDir, databaseUrl, databaseUser, databasePassword, cookieSecurity, proxies, maxRequestBytes,
                maxAdminUploadBytes, sessionTtl, sqliteSynchronous, apiRatePerMinute, null, MailSettings.NONE);
    }

    /**
     * An absolute http(s) address without query or fragment; a trailing slash is dropped, so that
     * {@code publicUrl + "/path"} is a link.
     */
    static java.net.URI publicUrl(java.net.URI url) {
        if (url == null) {
            return null;
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || url.getHost() == null || url.getRawQuery() != null
                || url.getRawFragment() != null || url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("the public URL must be an http or https address such as"
                    + " https://plate.example.org (no query, no fragment), was '" + url + "'");
        }
        String text = url.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return java.net.URI.create(text);
    }

    /** The settings of earlier versions: {@code trustProxy} means one trusted proxy in front; SQLite syncs FULL. */
    public Settings(int port, String host, Path dataDir, String databaseUrl, String databaseUser,
                    String databasePassword, CookieSecurity cookieSecurity, boolean trustProxy, long maxRequestBytes,
                    Duration sessionTtl) {
        this(port, host, dataDir, databaseUrl, databaseUser, databasePassword, cookieSecurity,
                trustProxy ? TrustedProxies.hops(1) : TrustedProxies.NONE, maxRequestBytes,
                Math.max(maxRequestBytes, DEFAULT_MAX_ADMIN_UPLOAD_BYTES), sessionTtl, SqliteSynchronous.FULL, DEFAULT_API_RATE_PER_MINUTE);
    }

    /** Defaults for a laptop: port 8080, ./data, embedded SQLite. */
    public static Settings defaults() {
        return new Settings(DEFAULT_PORT, "0.0.0.0", Path.of("data"), null, null, null,
                CookieSecurity.AUTO, TrustedProxies.NONE, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_ADMIN_UPLOAD_BYTES,
                DEFAULT_SESSION_TTL, SqliteSynchronous.FULL, DEFAULT_API_RATE_PER_MINUTE);
    }

    /** True when some reverse proxy is trusted (the old {@code --trust-proxy} switch). */
    public boolean trustProxy() {
        return proxies.any();
    }

    /** Like the record's own, but the database password is never printed (logs, error messages). */
    @Override
    public String toString() {
        return "Settings[port=" + port + ", host=" + host + ", dataDir=" + dataDir + ", databaseUrl=" + databaseUrl
                + ", databaseUser=" + databaseUser + ", databasePassword=" + (databasePassword == null ? "null" : "***")
                + ", cookieSecurity=" + cookieSecurity + ", proxies=" + proxies + ", maxRequestBytes=" + maxRequestBytes
                + ", maxAdminUploadBytes=" + maxAdminUploadBytes + ", sessionTtl=" + sessionTtl
                + ", sqliteSynchronous=" + sqliteSynchronous + ", apiRatePerMinute=" + apiRatePerMinute
                + ", publicUrl=" + publicUrl + ", mail=" + mail + "]";
    }

    public boolean embeddedDatabase() {
        return databaseUrl == null || databaseUrl.startsWith("jdbc:sqlite:");
    }

    /** The effective JDBC URL: the given one, or the SQLite file in the data directory. */
    public String jdbcUrl() {
        return databaseUrl != null ? databaseUrl
                : "jdbc:sqlite:" + dataDir.resolve("openplate.db").toAbsolutePath();
    }

    public Settings withPort(int newPort) {
        return new Settings(newPort, host, dataDir, databaseUrl, databaseUser, databasePassword,
                cookieSecurity, proxies, maxRequestBytes, maxAdminUploadBytes, sessionTtl, sqliteSynchronous, apiRatePerMinute,
                publicUrl, mail);
    }

    /** The same settings listening on another interface, e.g. loopback only. */
    public Settings withHost(String newHost) {
        return new Settings(port, newHost, dataDir, databaseUrl, databaseUser, databasePassword,
                cookieSecurity, proxies, maxRequestBytes, maxAdminUploadBytes, sessionTtl, sqliteSynchronous, apiRatePerMinute,
                publicUrl, mail);
    }

    public Settings withDatabase(String url, String user, String password) {
        return new Settings(port, host, dataDir, url, user, password,
                cookieSecurity, proxies, maxRequestBytes, maxAdminUploadBytes, sessionTtl, sqliteSynchronous, apiRatePerMinute,
                publicUrl, mail);
    }

    public Settings withApiRatePerMinute(int rate) {
        return new Settings(port, host, dataDir, databaseUrl, databaseUser, databasePassword,
                cookieSecurity, proxies, maxRequestBytes, maxAdminUploadBytes, sessionTtl, sqliteSynchronous, rate,
                publicUrl, mail);
    }

    public Settings withSqliteSynchronous(SqliteSynchronous mode) {
        return new Settings(port, host, dataDir, databaseUrl, databaseUser, databasePassword,
                cookieSecurity, proxies, maxRequestBytes, maxAdminUploadBytes, sessionTtl, mode, apiRatePerMinute,
                publicUrl, mail);
    }

    public Settings withDataDir(Path dir) {
        return new Settings(port, host, dir, databaseUrl, databaseUser, databasePassword,
                cookieSecurity, proxies, maxRequestBytes, maxAdminUploadBytes, sessionTtl, sqliteSynchronous, apiRatePerMinute,
                publicUrl, mail);
    }

    public Settings withLimits(long requestBytes, long adminUploadBytes) {
        return new Settings(port, host, dataDir, databaseUrl, databaseUser, databasePassword,
                cookieSecurity, proxies, requestBytes, adminUploadBytes, sessionTtl, sqliteSynchronous, apiRatePerMinute,
                publicUrl, mail);
    }

    public Settings withProxies(TrustedProxies trusted) {
        return new Settings(port, host, dataDir, databaseUrl, databaseUser, databasePassword,
                cookieSecurity, trusted, maxRequestBytes, maxAdminUploadBytes, sessionTtl, sqliteSynchronous, apiRatePerMinute,
                publicUrl, mail);
    }

    public Settings withCookieSecurity(CookieSecurity security, boolean proxy) {
        return new Settings(port, host, dataDir, databaseUrl, databaseUser, databasePassword,
                security, proxy ? TrustedProxies.hops(1) : TrustedProxies.NONE, maxRequestBytes, maxAdminUploadBytes,
                sessionTtl, sqliteSynchronous, apiRatePerMinute, publicUrl, mail);
    }

    /** With e-mail through this SMTP server, links in messages starting with {@code url}. */
    public Settings withMail(java.net.URI url, MailSettings smtp) {
        return new Settings(port, host, dataDir, databaseUrl, databaseUser, databasePassword, cookieSecurity, proxies,
                maxRequestBytes, maxAdminUploadBytes, sessionTtl, sqliteSynchronous, apiRatePerMinute, url, smtp);
    }
}
