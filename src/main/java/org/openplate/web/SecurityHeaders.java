package org.openplate.web;

import io.javalin.http.Context;

/** Conservative browser security headers on every response. */
final class SecurityHeaders {
    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self';"
                + " script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
    }
}
