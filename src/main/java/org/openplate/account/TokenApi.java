package org.openplate.account;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.openplate.common.ForbiddenException;
import org.openplate.web.FieldReader;
import org.openplate.web.ApiRoutes;

/**
 * JSON: list, create and revoke personal access tokens. Only a signed-in session (cookie + CSRF
 * header) may manage tokens, so a leaked token cannot mint others.
 */
final class TokenApi implements ApiRoutes {

    private final TokenService tokens;
    private final AuthGuard guard;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    public TokenApi(TokenService tokens, AuthGuard guard, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.tokens = tokens;
        this.guard = guard;
        this.json = json;
    }

    /** A token as listed; {@code secret} only in the response to its creation. */
    public record TokenJson(long id, String name, String prefix, List<String> scopes, String createdAt,
                            String lastUsedAt, String revokedAt, String secret) {
        static TokenJson of(ApiToken t, String secret) {
            return new TokenJson(t.id(), t.name(), t.prefix(), t.scopes().stream().map(ApiToken.Scope::code).sorted()
                    .toList(), t.createdAt().toString(), t.lastUsedAt() == null ? null : t.lastUsedAt().toString(),
                    t.revokedAt() == null ? null : t.revokedAt().toString(), secret);
        }
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v1/tokens", ctx -> ctx.json(org.openplate.web.Paged.of(ctx, tokens.list(sessionUser(ctx)).stream()
                .map(t -> TokenJson.of(t, null)).toList())));
        r.post("/api/v1/tokens", ctx -> {
            UserId u = sessionUser(ctx);
            FieldReader req = FieldReader.json(json, ctx.body());
            TokenService.Created c = tokens.create(u, req.text("name"), req.text("scope"));
            ctx.status(201).json(TokenJson.of(c.token(), c.secret()));
        });
        r.delete("/api/v1/tokens/{id}", ctx -> {
            UserId u = sessionUser(ctx);
            tokens.revoke(u, id(ctx));
            ctx.status(204);
        });
    }

    static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new org.openplate.common.NotFoundException("No token with id " + ctx.pathParam("id") + ".");
        }
    }

    private UserId sessionUser(Context ctx) {
        UserId u = guard.requireUser(ctx);
        if (AuthGuard.isBearer(ctx)) {
            throw new ForbiddenException("session_required", "Tokens are managed while signed in, not with a token.");
        }
        return u;
    }
}
