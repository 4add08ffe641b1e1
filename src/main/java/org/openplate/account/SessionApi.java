package org.openplate.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.openplate.common.BadInputException;
import org.openplate.common.ForbiddenException;
import org.openplate.web.FieldReader;
import org.openplate.web.Paged;
import org.openplate.web.ApiRoutes;

/**
 * JSON: the user's signed-in sessions (list, end one) and the password change. Session only
 * (cookie + CSRF header), like token management: an API token cannot end sessions or change the
 * password.
 */
final class SessionApi implements ApiRoutes {

    private final AccountService accounts;
    private final AuthGuard guard;
    private final ObjectMapper json;

    public SessionApi(AccountService accounts, AuthGuard guard, ObjectMapper json) {
        this.accounts = accounts;
        this.guard = guard;
        this.json = json;
    }

    /** A session as listed; never its token. */
    public record SessionJson(String id, String device, String createdAt, String lastSeenAt, boolean current) {
        static SessionJson of(ActiveSession s) {
            return new SessionJson(s.id(), s.device(), s.createdAt().toString(), s.lastSeenAt().toString(), s.current());
        }
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v1/sessions", ctx -> {
            Session s = sessionOnly(ctx);
            ctx.json(Paged.of(ctx, accounts.sessions(s.userId(), s.token()).stream().map(SessionJson::of).toList()));
        });
        r.delete("/api/v1/sessions/{id}", ctx -> {
            Session s = sessionOnly(ctx);
            accounts.endSession(s.userId(), ctx.pathParam("id"));
            ctx.status(204);
        });
        r.post("/api/v1/account/password", this::changePassword);
    }

    /**
     * {@code {"currentPassword", "newPassword", "endOtherSessions"}}: the last defaults to true, which
     * also signs out the other sessions and revokes every API token.
     */
    private void changePassword(Context ctx) {
        Session s = sessionOnly(ctx);
        FieldReader body = FieldReader.json(json, ctx.body());
        String endOthers = body.sent("endOtherSessions") ? body.text("endOtherSessions") : "true";
        if (!"true".equals(endOthers) && !"false".equals(endOthers)) {
            throw new BadInputException("endOtherSessions", "endOtherSessions must be true or false.");
        }
        accounts.changePassword(s.userId(), s.token(), body.secret("currentPassword"), body.secret("newPassword"),
                Boolean.parseBoolean(endOthers));
        ctx.status(204);
    }

    private Session sessionOnly(Context ctx) {
        Session s = guard.requireSession(ctx);
        if (AuthGuard.isBearer(ctx)) {
            throw new ForbiddenException("session_required",
                    "Sessions and the password are managed while signed in, not with a token.");
        }
        return s;
    }
}
