package org.openplate.account;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.openplate.common.BadInputException;
import org.openplate.web.Routes;
import org.openplate.web.Views;

/** Settings → API tokens: create (the secret is shown once), list and revoke. */
final class TokenPages implements Routes {

    private static final String FLASH = "api-token ";

    private final TokenService tokens;
    private final AuthGuard guard;
    private final Views views;

    public TokenPages(TokenService tokens, AuthGuard guard, Views views) {
        this.tokens = tokens;
        this.guard = guard;
        this.views = views;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/account/tokens", ctx -> show(ctx, 200, created(ctx), null, null));
        r.post("/account/tokens", ctx -> {
            UserId u = guard.requireUser(ctx);
            try {
                TokenService.Created c = tokens.create(u, ctx.formParam("name"), ctx.formParam("scope"));
                // POST-redirect-GET: a reload must not make a second token. The secret goes to the next page
                // once, through the session's one-time message, and is cleared when shown.
                guard.flash(ctx, FLASH + c.token().id() + " " + c.secret());
                ctx.redirect("/account/tokens", HttpStatus.SEE_OTHER);
            } catch (BadInputException e) {
                show(ctx, 400, null, e.getMessage(), e.field());
            }
        });
        r.post("/account/tokens/{id}/revoke", ctx -> {
            UserId u = guard.requireUser(ctx);
            tokens.revoke(u, TokenApi.id(ctx));
            ctx.redirect("/account/tokens?notice=Token+revoked.", HttpStatus.SEE_OTHER);
        });
    }

    /** The token just created, when this page load carries its one-time message. */
    private TokenService.Created created(Context ctx) {
        UserId u = guard.requireUser(ctx);
        String[] parts = guard.takeFlash(ctx).filter(f -> f.startsWith(FLASH)).map(f -> f.substring(FLASH.length())
                .split(" ", 2)).orElse(null);
        if (parts == null || parts.length != 2) {
            return null;
        }
        return tokens.list(u).stream().filter(t -> Long.toString(t.id()).equals(parts[0])).findFirst()
                .map(t -> new TokenService.Created(t, parts[1])).orElse(null);
    }

    private void show(Context ctx, int status, TokenService.Created created, String error, String field) {
        UserId u = guard.requireUser(ctx);
        ctx.header("Cache-Control", "no-store");
        views.send(ctx, status, "account/tokens.jte", views.page(ctx, "API tokens"), "tokens", tokens.list(u),
                "created", created, "error", error, "field", field);
    }
}
