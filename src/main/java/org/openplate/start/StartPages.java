package org.openplate.start;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.openplate.account.AuthGuard;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.web.Routes;
import org.openplate.web.Views;

/** The "get started" card's own forms: log today's weight, and hide the card. Both answer 303 to the diary. */
final class StartPages implements Routes {

    private final GetStartedService cards;
    private final AuthGuard guard;
    private final Views views;

    StartPages(GetStartedService cards, AuthGuard guard, Views views) {
        this.cards = cards;
        this.guard = guard;
        this.views = views;
    }

    @Override
    public void register(RoutesConfig r) {
        r.post("/start/dismiss", ctx -> {
            cards.dismiss(guard.requireUser(ctx));
            ctx.redirect("/diary?notice=" + enc("The get-started card is hidden. Your profile, weight and reminders"
                    + " are always in the menu."), HttpStatus.SEE_OTHER);
        });
        r.post("/start/weight", this::logWeight);
    }

    private void logWeight(Context ctx) {
        UserId user = guard.requireUser(ctx);
        String typed = ctx.formParam("weight");
        try {
            cards.logWeight(user, typed);
            ctx.redirect("/diary?notice=" + enc("Today's weight is logged. See your trend on the Weight page.")
                    + "#get-started", HttpStatus.SEE_OTHER);
        } catch (BadInputException e) {
            views.send(ctx, 400, "start/weight.jte", views.page(ctx, "Log today's weight"), "weight",
                    typed == null ? "" : typed, "unit", GetStartedService.unit(cards.units(user)),
                    "error", e.getMessage(), "field", e.field());
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
