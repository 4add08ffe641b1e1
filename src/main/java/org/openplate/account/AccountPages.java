package org.openplate.account;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openplate.common.BadInputException;
import org.openplate.common.ConflictException;
import org.openplate.common.FieldError;
import org.openplate.common.TooManyRequestsException;
import org.openplate.common.UnauthorizedException;
import org.openplate.web.Cookies;
import org.openplate.web.Csrf;
import org.openplate.web.FormErrors;
import org.openplate.web.Routes;
import org.openplate.web.Views;

/** HTML pages: sign up, sign in, sign out, and account settings (password, deletion). */
final class AccountPages implements Routes {

    /**
     * The "device cookie" (OWASP Blocking Brute Force Attacks): set at each successful sign-in, it
     * lets this browser sign in to that account even while attempts from elsewhere are slowed.
     */
    static final String DEVICE_COOKIE = "op_device";
    /** Where signing up or in lands when no other page was asked for: today's diary. */
    static final String LANDING = "/diary";
    private static final Set<String> NOT_CARRIED = Set.of("email", "password", "confirmPassword", Csrf.FIELD);

    private final AccountService accounts;
    private final AuthGuard guard;
    private final Cookies cookies;
    private final Views views;
    private final List<SignUpHook> hooks;

    public AccountPages(AccountService accounts, AuthGuard guard, Cookies cookies, Views views, List<SignUpHook> hooks) {
        this.accounts = accounts;
        this.guard = guard;
        this.cookies = cookies;
        this.views = views;
        this.hooks = List.copyOf(hooks);
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/signup", this::signUpForm);
        r.post("/signup", this::signUp);
        r.get("/signin", this::signInForm);
        r.post("/signin", this::signIn);
        r.post("/signout", this::signOut);
        r.get("/account", this::settings);
        r.post("/account/password", this::changePassword);
        r.post("/account/delete", this::delete);
    }

    private void signUpForm(Context ctx) {
        Map<String, String> carried = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> {
            if (!NOT_CARRIED.contains(k) && !v.isEmpty() && !"notice".equals(k)) {
                carried.put(k, v.get(0));
            }
        });
        renderSignUp(ctx, 200, "", carried, FormErrors.none());
    }

    private void renderSignUp(Context ctx, int status, String email, Map<String, String> carried, FormErrors errors) {
        views.send(ctx, status, "account/signup.jte", views.page(ctx, "Create your account"),
                "email", email, "carried", carried, "errors", errors);
    }

    private void signUp(Context ctx) {
        Map<String, String> fields = new LinkedHashMap<>();
        ctx.formParamMap().forEach((k, v) -> {
            if (!NOT_CARRIED.contains(k) && !v.isEmpty()) {
                fields.put(k, v.get(0));
            }
        });
        String email = ctx.formParam("email");
        String password = ctx.formParam("password");
        try {
            List<FieldError> errors = new ArrayList<>();
            try {
                accounts.checkSignUp(email, password);
            } catch (BadInputException e) {
                errors.addAll(e.errors());
            }
            if (password != null && !password.equals(ctx.formParam("confirmPassword"))) {
                errors.add(new FieldError("confirmPassword", "The two passwords do not match."));
            }
            if (!errors.isEmpty()) {
                throw new BadInputException(errors);
            }
            User user = accounts.signUp(email, password);
            for (SignUpHook hook : hooks) {
                hook.onSignUp(user.id(), fields);
            }
            guard.setCookie(ctx, cookies, accounts.startSession(user.id(), ctx.userAgent()));
            // A new account lands on today's diary, where the "get started" card asks for what is missing.
            ctx.redirect(LANDING + "?notice=Welcome%20to%20OpenPlate!", HttpStatus.SEE_OTHER);
        } catch (BadInputException e) {
            renderSignUp(ctx, 400, email, fields, FormErrors.of(e));
        } catch (ConflictException e) {
            renderSignUp(ctx, 409, email, fields, FormErrors.of(e.field(), e.getMessage()));
        }
    }

    private void signInForm(Context ctx) {
        renderSignIn(ctx, 200, "", safeNext(ctx.queryParam("next")), null);
    }

    private void renderSignIn(Context ctx, int status, String email, String next, String error) {
        views.send(ctx, status, "account/signin.jte", views.page(ctx, "Sign in"),
                "email", email, "next", next, "errors", FormErrors.of(null, error));
    }

    private void signIn(Context ctx) {
        String email = ctx.formParam("email");
        String next = safeNext(ctx.formParam("next"));
        try {
            SignedIn signedIn = accounts.signIn(email, ctx.formParam("password"), cookies.clientIp(ctx),
                    ctx.cookie(DEVICE_COOKIE), ctx.userAgent());
            guard.setCookie(ctx, cookies, signedIn.session());
            cookies.set(ctx, DEVICE_COOKIE, signedIn.deviceToken(), (int) AccountService.DEVICE_TTL.toSeconds());
            ctx.redirect(next, HttpStatus.SEE_OTHER);
        } catch (BadInputException | UnauthorizedException e) {
            renderSignIn(ctx, 401, email, next, e.getMessage());
        } catch (TooManyRequestsException e) {
            ctx.header("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
            renderSignIn(ctx, 429, email, next, e.getMessage());
        }
    }

    private void signOut(Context ctx) {
        accounts.signOut(ctx.cookie(AuthGuard.SESSION_COOKIE));
        cookies.clear(ctx, AuthGuard.SESSION_COOKIE);
        ctx.redirect("/?notice=You%20are%20signed%20out.", HttpStatus.SEE_OTHER);
    }

    private void settings(Context ctx) {
        guard.requireUser(ctx);
        renderSettings(ctx, 200, FormErrors.none());
    }

    private void renderSettings(Context ctx, int status, FormErrors errors) {
        views.send(ctx, status, "account/settings.jte", views.page(ctx, "Account settings"), "errors", errors);
    }

    private void changePassword(Context ctx) {
        Session session = guard.requireSession(ctx);
        try {
            if (!java.util.Objects.equals(ctx.formParam("newPassword"), ctx.formParam("confirmPassword"))) {
                List<FieldError> errors = new ArrayList<>();
                try {
                    PasswordStrength.check("newPassword", ctx.formParam("newPassword"), null);
                } catch (BadInputException e) {
                    errors.addAll(e.errors());
                }
                errors.add(new FieldError("confirmPassword", "The two new passwords do not match."));
                throw new BadInputException(errors);
            }
            // An unticked checkbox sends nothing; the form ticks it by default.
            boolean endOthers = ctx.formParam("endOthers") != null;
            accounts.changePassword(session.userId(), session.token(), ctx.formParam("currentPassword"),
                    ctx.formParam("newPassword"), endOthers);
            ctx.redirect(endOthers
                    ? "/account?notice=Password%20changed.%20Your%20other%20sessions%20were%20signed%20out%20and%20your"
                            + "%20API%20tokens%20revoked."
                    : "/account?notice=Password%20changed.", HttpStatus.SEE_OTHER);
        } catch (BadInputException e) {
            renderSettings(ctx, 400, FormErrors.of(e));
        } catch (TooManyRequestsException e) {
            ctx.header("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
            renderSettings(ctx, 429, FormErrors.of("currentPassword", e.getMessage()));
        }
    }

    private void delete(Context ctx) {
        Session session = guard.requireSession(ctx);
        try {
            if (!"DELETE".equals(ctx.formParam("confirm"))) {
                throw new BadInputException("confirm", "Type DELETE in capitals to confirm.");
            }
            accounts.deleteAccount(session.userId(), ctx.formParam("password"));
            cookies.clear(ctx, AuthGuard.SESSION_COOKIE);
            cookies.clear(ctx, DEVICE_COOKIE);
            ctx.redirect("/?notice=Your%20account%20and%20all%20its%20data%20were%20deleted.", HttpStatus.SEE_OTHER);
        } catch (BadInputException e) {
            renderSettings(ctx, 400, FormErrors.of(e));
        } catch (TooManyRequestsException e) {
            ctx.header("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
            renderSettings(ctx, 429, FormErrors.of("password", e.getMessage()));
        }
    }

    /**
     * The page asked for before signing in, or today's diary. Only same-site relative paths, so sign-in
     * cannot be abused as an open redirect (OWASP Unvalidated Redirects and Forwards Cheat Sheet;
     * ASVS 5.0 V3.7 "only redirects to an allow-list").
     */
    static String safeNext(String next) {
        return org.openplate.common.LocalPaths.local(next).orElse(LANDING);
    }
}
