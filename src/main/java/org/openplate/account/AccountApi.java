package org.openplate.account;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.openplate.web.ApiRoutes;

/** JSON: who am I. */
final class AccountApi implements ApiRoutes {

    private final AccountService accounts;
    private final AuthGuard guard;

    public AccountApi(AccountService accounts, AuthGuard guard) {
        this.accounts = accounts;
        this.guard = guard;
    }

    /** Response of {@code GET /api/v1/me}. */
    public record Me(long id, String email, String createdAt, List<String> roles) {
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v1/me", this::me);
    }

    private void me(Context ctx) {
        UserId id = guard.requireUser(ctx);
        User user = accounts.user(id).orElseThrow(() -> new org.openplate.common.UnauthorizedException(null,
                "Sign in to continue."));
        ctx.json(new Me(user.id().value(), user.email(), user.createdAt().toString(),
                user.roles().stream().map(Role::code).sorted().toList()));
    }
}
