package org.openplate.cli;

import java.nio.file.Path;
import org.openplate.config.Settings;
import org.openplate.config.SettingsLoader;
import picocli.CommandLine.Option;

/** Flags shared by every command that opens the database or serves HTTP. */
public final class ServerOptions {

    @Option(names = "--port", description = "HTTP port (env OPENPLATE_PORT; default 8080)")
    Integer port;

    @Option(names = "--host", description = "interface to bind (env OPENPLATE_HOST; default 0.0.0.0)")
    String host;

    @Option(names = "--data-dir", description = "directory for the SQLite file and uploads (env OPENPLATE_DATA_DIR; default ./data)")
    Path dataDir;

    @Option(names = "--database-url", description = "JDBC URL, e.g. jdbc:postgresql://db/openplate (env OPENPLATE_DATABASE_URL; default embedded SQLite)")
    String databaseUrl;

    @Option(names = "--database-user", description = "env OPENPLATE_DATABASE_USER")
    String databaseUser;

    @Option(names = "--database-password", description = "env OPENPLATE_DATABASE_PASSWORD (prefer the variable: flags show in ps)")
    String databasePassword;

    @Option(names = "--cookie-secure", description = "auto (Secure over HTTPS), always or never (env OPENPLATE_COOKIE_SECURE)")
    String cookieSecure;

    @Option(names = "--trust-proxy", arity = "0..1", description = "one reverse proxy in front: same as --trusted-proxy-hops 1 (env OPENPLATE_TRUST_PROXY)")
    Boolean trustProxy;

    @Option(names = "--trusted-proxy-hops", description = "how many of our reverse proxies are in front; X-Forwarded-For is read from the right, past that many (env OPENPLATE_TRUSTED_PROXY_HOPS; default 0)")
    Integer trustedProxyHops;

    @Option(names = "--trusted-proxies", description = "addresses or networks our proxies connect from, e.g. 10.0.0.0/8,fd00::/8 (env OPENPLATE_TRUSTED_PROXIES)")
    String trustedProxies;

    @Option(names = "--max-request-bytes", description = "largest request body accepted (env OPENPLATE_MAX_REQUEST_BYTES; default 1000000)")
    Long maxRequestBytes;

    @Option(names = "--max-admin-upload-bytes", description = "largest food catalogue import an administrator may upload (env OPENPLATE_MAX_ADMIN_UPLOAD_BYTES; default 2147483648)")
    Long maxAdminUploadBytes;

    @Option(names = "--sqlite-synchronous", description = "full (default: every commit survives a power cut) or normal"
            + " (faster; a power cut can lose the last commits) (env OPENPLATE_SQLITE_SYNCHRONOUS)")
    String sqliteSynchronous;

    @Option(names = "--public-url", description = "the address users reach this OpenPlate at, e.g."
            + " https://plate.example.org; links in e-mails start with it (env OPENPLATE_PUBLIC_URL)")
    String publicUrl;

    @Option(names = "--smtp-host", description = "SMTP server for password-reset and reminder e-mail; e-mail is off"
            + " without it (env OPENPLATE_SMTP_HOST)")
    String smtpHost;

    @Option(names = "--smtp-port", description = "SMTP port (env OPENPLATE_SMTP_PORT; default 587 for starttls, 465 for"
            + " tls, 25 for none)")
    Integer smtpPort;

    @Option(names = "--smtp-username", description = "SMTP login (env OPENPLATE_SMTP_USERNAME)")
    String smtpUsername;

    @Option(names = "--smtp-password", description = "env OPENPLATE_SMTP_PASSWORD (prefer the variable: flags show in ps)")
    String smtpPassword;

    @Option(names = "--smtp-from", description = "From address of OpenPlate's e-mail (env OPENPLATE_SMTP_FROM)")
    String smtpFrom;

    @Option(names = "--smtp-tls", description = "starttls (default), tls (implicit, port 465) or none"
            + " (env OPENPLATE_SMTP_TLS)")
    String smtpTls;

    /**
     * These options from a command line made only of them, each once, as {@code --name value} or
     * {@code --name=value} with a text, whole number or path value; null for anything else (a command,
     * {@code --help}, a flag without a value or given twice, a value that starts with "-" or is not a plain
     * decimal number), which is then left to picocli. For such a line picocli would read the same values:
     * the names and types come from the {@link Option} annotations themselves.
     */
    static ServerOptions parsePlain(String... args) {
        java.util.Map<String, java.lang.reflect.Field> byName = new java.util.HashMap<>();
        for (java.lang.reflect.Field f : ServerOptions.class.getDeclaredFields()) {
            Option o = f.getAnnotation(Option.class);
            Class<?> t = f.getType();
            if (o != null && (t == String.class || t == Integer.class || t == Long.class || t == Path.class)) {
                for (String n : o.names()) {
                    byName.put(n, f);
                }
            }
        }
        ServerOptions out = new ServerOptions();
        java.util.Set<java.lang.reflect.Field> seen = new java.util.HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String value;
            int eq = name.indexOf('=');
            if (eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return null;
            }
            java.lang.reflect.Field f = byName.get(name);
            if (f == null || !seen.add(f) || value.startsWith("-")) {
                return null;
            }
            Object v;
            if (f.getType() == String.class) {
                v = value;
            } else if (f.getType() == Path.class) {
                try {
                    v = Path.of(value);
                } catch (java.nio.file.InvalidPathException e) {
                    return null;
                }
            } else if (!value.matches("0|[1-9][0-9]{0,17}")) {
                return null;
            } else if (f.getType() == Integer.class) {
                long n = Long.parseLong(value);
                if (n > Integer.MAX_VALUE) {
                    return null;
                }
                v = (int) n;
            } else {
                v = Long.parseLong(value);
            }
            try {
                f.set(out, v);
            } catch (IllegalAccessException e) {
                return null;
            }
        }
        return out;
    }

    Settings settings() {
        return new SettingsLoader(System.getenv()).load(new SettingsLoader.Flags(port, host, dataDir, databaseUrl,
                databaseUser, databasePassword, cookieSecure, trustProxy, trustedProxyHops, trustedProxies,
                maxRequestBytes, maxAdminUploadBytes, sqliteSynchronous),
                new SettingsLoader.MailFlags(publicUrl, smtpHost, smtpPort, smtpUsername, smtpPassword, smtpFrom, smtpTls));
    }
}
