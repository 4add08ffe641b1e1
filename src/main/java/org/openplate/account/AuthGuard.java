package org.openplate.account;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.stream.Collectors;
import org.openplate.common.UnauthorizedException;
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

    public AuthGuard(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void handle(Context ctx) {
        if (ctx.path().startsWith("/static/") || ctx.path().equals("/health")) {
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

    public java.util.Optional<Session> session(Context ctx) {
        return java.util.Optional.ofNullable(ctx.attribute(SESSION_ATTR));
    }

    /** Sets the session cookie after sign-in or sign-up. */
    public void setCookie(Context ctx, Cookies cookies, Session session) {
        long seconds = java.time.Duration.between(java.time.Instant.now(), session.expiresAt()).toSeconds();
        cookies.set(ctx, SESSION_COOKIE, session.token(), (int) Math.max(60, seconds));
    }
}
