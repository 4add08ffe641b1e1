package org.openplate.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import org.openplate.config.Settings;

/**
 * Sets cookies the safe way: always HttpOnly and SameSite=Lax; Secure when the request came over
 * TLS (directly, or per our nearest trusted proxy's {@code X-Forwarded-Proto}, see {@link ClientAddress}) or when
 * configured to always.
 */
public final class Cookies {

    private final Settings.CookieSecurity security;
    private final ClientAddress client;

    public Cookies(Settings settings) {
        this.security = settings.cookieSecurity();
        this.client = new ClientAddress(settings.proxies());
    }

    public void set(Context ctx, String name, String value, int maxAgeSeconds) {
        Cookie c = new Cookie(name, value, "/", maxAgeSeconds, secure(ctx), true, null, SameSite.LAX);
        ctx.cookie(c);
    }

    public void clear(Context ctx, String name) {
        set(ctx, name, "", 0);
    }

    public boolean secure(Context ctx) {
        return switch (security) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> "https".equalsIgnoreCase(scheme(ctx));
        };
    }

    private String scheme(Context ctx) {
        return client.scheme(ctx.ip(), ctx.scheme(), headers(ctx, "X-Forwarded-Proto"));
    }

    /** The client's address: {@code X-Forwarded-For} counts only as far as our own proxies wrote it. */
    public String clientIp(Context ctx) {
        return client.ip(ctx.ip(), headers(ctx, "X-Forwarded-For"));
    }

    private static java.util.List<String> headers(Context ctx, String name) {
        return java.util.Collections.list(ctx.req().getHeaders(name));
    }
}
