package org.openplate.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * CSRF protection for every state-changing request. Signed-in users' forms carry the token bound
 * to their session row; anonymous forms (sign-in, sign-up) use a double-submit token kept in an
 * HttpOnly cookie. API calls authenticated by the session cookie send it as {@code X-CSRF-Token}.
 * SameSite=Lax cookies are a second line of defence.
 */
public final class Csrf {

    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    /**
     * Request attribute set when the caller authenticated with an API bearer token: such requests
     * carry no cookies, so cross-site request forgery does not apply.
     */
    public static final String BEARER = "openplate.bearer";
    static final String COOKIE = "op_csrf";
    private static final String ATTR = "openplate.csrf";
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Cookies cookies;

    public Csrf(Cookies cookies) {
        this.cookies = cookies;
    }

    /** The token this request's forms must carry; creates the anonymous cookie when needed. */
    public String token(Context ctx) {
        Viewer viewer = ctx.attribute(Viewer.ATTRIBUTE);
        if (viewer != null) {
            return viewer.csrfToken();
        }
        String existing = ctx.attribute(ATTR);
        if (existing != null) {
            return existing;
        }
        String cookie = ctx.cookie(COOKIE);
        if (cookie == null || cookie.length() < 20 || cookie.length() > 100) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            cookie = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            cookies.set(ctx, COOKIE, cookie, -1);
        }
        ctx.attribute(ATTR, cookie);
        return cookie;
    }

    /** True when a state-changing request carries the right token (safe methods always pass). */
    public boolean valid(Context ctx) {
        if (SAFE.contains(ctx.method()) || Boolean.TRUE.equals(ctx.attribute(BEARER))) {
            return true;
        }
        String sent = ctx.header(HEADER);
        if (sent == null && isForm(ctx)) {
            sent = ctx.formParam(FIELD);
        }
        Viewer viewer = ctx.attribute(Viewer.ATTRIBUTE);
        String expected = viewer != null ? viewer.csrfToken() : ctx.cookie(COOKIE);
        return equal(sent, expected);
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded")
                || type.startsWith("multipart/form-data"));
    }

    private static boolean equal(String a, String b) {
        if (a == null || b == null || a.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
