package org.openplate.account;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.openplate.units.Dates;
import org.openplate.web.Page;
import org.openplate.web.Routes;
import org.openplate.web.Views;

/**
 * Settings → your sessions: every browser signed in to the account, with a device summary, when
 * it signed in and roughly when it was last used; end one, or all but this one (CSRF-checked POSTs).
 */
final class SessionPages implements Routes {

    private final AccountService accounts;
    private final AuthGuard guard;
    private final Views views;
    private final Clock clock;

    public SessionPages(AccountService accounts, AuthGuard guard, Views views) {
        this(accounts, guard, views, Clock.systemUTC());
    }

    SessionPages(AccountService accounts, AuthGuard guard, Views views, Clock clock) {
        this.accounts = accounts;
        this.guard = guard;
        this.views = views;
        this.clock = clock;
    }

    /** One line of the page, with its times already in words. */
    @Override
    public void register(RoutesConfig r) {
        r.get("/account/sessions", this::show);
        r.post("/account/sessions/others/end", ctx -> {
            Session s = guard.requireSession(ctx);
            accounts.endOtherSessions(s.userId(), s.token());
            ctx.redirect("/account/sessions?notice=Your%20other%20sessions%20were%20signed%20out.", HttpStatus.SEE_OTHER);
        });
        r.post("/account/sessions/{id}/end", ctx -> {
            Session s = guard.requireSession(ctx);
            accounts.endSession(s.userId(), ctx.pathParam("id"));
            ctx.redirect("/account/sessions?notice=That%20session%20was%20signed%20out.", HttpStatus.SEE_OTHER);
        });
    }

    private void show(Context ctx) {
        Session s = guard.requireSession(ctx);
        Instant now = clock.instant();
        Page page = views.page(ctx, "Your sessions");
        List<SessionRow> rows = accounts.sessions(s.userId(), s.token()).stream()
                .map(a -> new SessionRow(a.id(), a.device(), Dates.dateTime(a.createdAt(), page.zone()),
                        a.current() ? "now" : ago(Duration.between(a.lastSeenAt(), now)), a.current()))
                .toList();
        ctx.header("Cache-Control", "no-store");
        views.send(ctx, 200, "account/sessions.jte", page, "sessions", rows);
    }

    /** Last-seen times are only written every few minutes, so they are shown roughly. */
    static String ago(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < AccountService.SEEN_RESOLUTION.toMinutes() * 2) {
            return "in the last few minutes";
        }
        if (minutes < 60) {
            return "about " + minutes + " minutes ago";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return "about " + hours + (hours == 1 ? " hour ago" : " hours ago");
        }
        return "about " + hours / 24 + " days ago";
    }
}
