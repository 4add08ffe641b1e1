package org.openplate.account;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.stream.Collectors;
import org.openplate.common.ForbiddenException;
import org.openplate.common.UnauthorizedException;
import org.openplate.web.Csrf;
import org.openplate.web.Cookies;
import org.openplate.web.Viewer;

/**
 * Resolves the session cookie on every request (as a before-filter) and answers "who is this?"
 * for handlers. Pages redirect anonymous visitors to sign-in; the API answers 401.
 */
public final class AuthGuard implements Handler {

    public static final String SESSION_COOKIE = "op_session";
    private static final String SESSION_ATTR = "openplate.session";

    private final AccountService accounts;
    private final TokenService tokens;

    public AuthGuard(AccountService accounts) {
        this(accounts, null);
    }

    public AuthGuard(AccountService accounts, TokenService tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @Override
    public void handle(Context ctx) {
        if (ctx.path().startsWith("/static/") || ctx.path().equals("/health")) {
            return;
        }
        String authorization = ctx.header("Authorization");
        if (tokens != null && authorization != null && ctx.path().startsWith("/api/")) {
            bearer(ctx, authorization);
            return;
        }
        String token = ctx.cookie(SESSION_COOKIE);
        if (token == null) {
            return;
        }
        accounts.resolve(token).ifPresent(session -> {
            var roles = session.roles().stream().map(Role::code).collect(Collectors.toSet());
            ctx.attribute(SESSION_ATTR, session);
            ctx.attribute(Viewer.ATTRIBUTE, new Viewer(session.userId().value(), session.email(),
                    session.csrfToken(), roles));
        });
    }

    /**
     * API calls with {@code Authorization: Bearer <token>}: the token must be active, a read token may
     * only read, and each token is rate-limited. Such requests never use the session cookie.
     */
    private void bearer(Context ctx, String authorization) {
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new UnauthorizedException(null, "Authorization must be \"Bearer <token>\".");
        }
        TokenService.Principal p = tokens.resolve(authorization.substring(7).strip())
                .orElseThrow(() -> new UnauthorizedException(null, "This token is not valid or has been revoked."));
        String method = ctx.method().name();
        if (!p.canWrite() && !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"))) {
            throw new ForbiddenException("insufficient_scope",
                    "This token has the read scope only; create a token with the write scope to make changes.");
        }
        tokens.admit(p);
        Session session = new Session(null, p.userId(), p.email(), "", java.time.Instant.MAX, p.roles(), p.dataVersion());
        ctx.attribute(SESSION_ATTR, session);
        ctx.attribute(Csrf.BEARER, Boolean.TRUE);
        ctx.attribute(Viewer.ATTRIBUTE, new Viewer(p.userId().value(), p.email(), "",
                p.roles().stream().map(Role::code).collect(Collectors.toSet())));
    }

    /** True when this request authenticated with an API token rather than the session cookie. */
    public static boolean isBearer(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute(Csrf.BEARER));
    }

    /** The signed-in user, or an {@link UnauthorizedException}. */
    public UserId requireUser(Context ctx) {
        return requireSession(ctx).userId();
    }

    public Session requireSession(Context ctx) {
        Session session = ctx.attribute(SESSION_ATTR);
        if (session == null) {
            throw new UnauthorizedException(null, "Sign in to continue.");
        }
        return session;
    }

    /**
     * Keeps a one-time message for this browser session's next page (POST-redirect-GET), stored with the
     * session in the database, never in one instance's memory (OWASP Session Management: server-side state).
     */
    public void flash(Context ctx, String text) {
        accounts.flash(requireSession(ctx).token(), text);
    }

    /** This session's one-time message, if any; it is cleared, so a reload does not show it again. */
    public java.util.Optional<String> takeFlash(Context ctx) {
        return session(ctx).flatMap(s -> accounts.takeFlash(s.token()));
    }

    public java.util.Optional<Session> session(Context ctx) {
        return java.util.Optional.ofNullable(ctx.attribute(SESSION_ATTR));
    }

    /** Sets the session cookie after sign-in or sign-up. */
    public void setCookie(Context ctx, Cookies cookies, Session session) {
        long seconds = java.time.Duration.between(java.time.Instant.now(), session.expiresAt()).toSeconds();
        cookies.set(ctx, SESSION_COOKIE, session.token(), (int) Math.max(60, seconds));
    }
}
