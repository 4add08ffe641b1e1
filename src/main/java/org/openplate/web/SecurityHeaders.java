package org.openplate.web;

import io.javalin.http.Context;

/**
 * Conservative browser security headers on every response. The policy names {@code manifest-src} and
 * {@code worker-src} (the web app manifest and the service worker, both from this origin) rather than
 * leaving them to fall back on {@code default-src}.
 */
final class SecurityHeaders {
    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self';"
                + " script-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self';"
                + " form-action 'self'; frame-ancestors 'none'");
    }
}
