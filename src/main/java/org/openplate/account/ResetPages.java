package org.openplate.account;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.openplate.common.BadInputException;
import org.openplate.common.TooManyRequestsException;
import org.openplate.web.Cookies;
import org.openplate.web.Routes;
import org.openplate.web.Views;

/**
 * "Forgot password?" (ask for a link) and the page the link opens (choose a new password). Every
 * POST is CSRF-checked and answers with a redirect (POST-redirect-GET). The link's page is never
 * cached and sends no Referer onwards, so the token in its address cannot leak to another page
 * (OWASP Forgot Password Cheat Sheet, "URL tokens"); its form posts the token in the body.
 */
final class ResetPages implements Routes {

    private final PasswordResets resets;
    private final Cookies cookies;
    private final Views views;

    public ResetPages(PasswordResets resets, Cookies cookies, Views views) {
        this.resets = resets;
        this.cookies = cookies;
        this.views = views;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/account/forgot", ctx -> renderForgot(ctx, 200, "", null));
        r.post("/account/forgot", this::forgot);
        r.get("/account/forgot/sent", ctx -> views.send(ctx, 200, "account/forgot-sent.jte",
                views.page(ctx, "Check your e-mail"), "minutes", PasswordResets.LINK_TTL.toMinutes()));
        r.get(PasswordResets.PATH, this::resetForm);
        r.post(PasswordResets.PATH, this::reset);
    }

    private void renderForgot(Context ctx, int status, String email, String error) {
        views.send(ctx, status, "account/forgot.jte", views.page(ctx, "Forgot your password?"),
                "byEmail", resets.byEmail(), "email", email, "error", error);
    }

    private void forgot(Context ctx) {
        if (!resets.byEmail()) {
            ctx.redirect("/account/forgot", HttpStatus.SEE_OTHER);
            return;
        }
        String email = ctx.formParam("email");
        try {
            resets.request(email, cookies.clientIp(ctx));
            // The same answer whether or not the address has an account; the address is not carried along.
            ctx.redirect("/account/forgot/sent", HttpStatus.SEE_OTHER);
        } catch (BadInputException e) {
            renderForgot(ctx, 400, email == null ? "" : email, e.getMessage());
        } catch (TooManyRequestsException e) {
            ctx.header("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
            renderForgot(ctx, 429, email, e.getMessage());
        }
    }

    private void resetForm(Context ctx) {
        String token = ctx.queryParam("token");
        PasswordResets.Status status = resets.check(token);
        boolean valid = status == PasswordResets.Status.VALID;
        renderReset(ctx, valid ? 200 : 400, valid, token, valid ? null : PasswordResets.explain(status), null);
    }

    private void reset(Context ctx) {
        String token = ctx.formParam("token");
        String password = ctx.formParam("password");
        try {
            if (password != null && !password.equals(ctx.formParam("confirmPassword"))) {
                PasswordResets.Status status = resets.check(token);
                throw status == PasswordResets.Status.VALID
                        ? new BadInputException("confirmPassword", "The two passwords do not match.")
                        : new BadInputException("token", PasswordResets.explain(status));
            }
            resets.reset(token, password, cookies.clientIp(ctx));
            cookies.clear(ctx, AuthGuard.SESSION_COOKIE);
            ctx.redirect("/signin?notice=Your%20password%20was%20changed%20and%20you%20were%20signed%20out%20everywhere."
                    + "%20Sign%20in%20with%20your%20new%20password.", HttpStatus.SEE_OTHER);
        } catch (BadInputException e) {
            renderReset(ctx, 400, !"token".equals(e.field()), token, e.getMessage(), e.field());
        }
    }

    private void renderReset(Context ctx, int status, boolean valid, String token, String error, String field) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("Referrer-Policy", "no-referrer");
        views.send(ctx, status, "account/reset.jte", views.page(ctx, "Choose a new password"),
                "valid", valid, "token", valid ? token : "", "error", error, "field", field);
    }
}
