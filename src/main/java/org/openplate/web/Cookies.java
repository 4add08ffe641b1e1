package org.openplate.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import org.openplate.config.Settings;

/**
 * Sets cookies the safe way: always HttpOnly and SameSite=Lax; Secure when the request came over
 * TLS (directly, or via a trusted proxy's {@code X-Forwarded-Proto}) or when configured to always.
 */
public final class Cookies {

    private final Settings.CookieSecurity security;
    private final boolean trustProxy;

    public Cookies(Settings settings) {
        this.security = settings.cookieSecurity();
        this.trustProxy = settings.trustProxy();
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
        if (trustProxy) {
            String forwarded = ctx.header("X-Forwarded-Proto");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].trim();
            }
        }
        return ctx.scheme();
    }

    /** The client's address, honouring {@code X-Forwarded-For} only behind a trusted proxy. */
    public String clientIp(Context ctx) {
        if (trustProxy) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].trim();
            }
        }
        return ctx.ip();
    }
}
