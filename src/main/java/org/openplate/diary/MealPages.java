package org.openplate.diary;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.openplate.account.AuthGuard;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.common.ConflictException;
import org.openplate.web.FieldReader;
import org.openplate.web.Routes;
import org.openplate.web.Views;

/** The meals and diary settings page: add, rename, move and delete meals; save the settings. Registered by {@link DiaryPages}. */
final class MealPages implements Routes {

    private final MealService meals;
    private final DayNotesService notes;
    private final AuthGuard guard;
    private final Views views;

    MealPages(MealService meals, DayNotesService notes, AuthGuard guard, Views views) {
        this.meals = meals;
        this.notes = notes;
        this.guard = guard;
        this.views = views;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/diary/meals", ctx -> meals(ctx, 200, null, null));
        r.post("/diary/meals", ctx -> mealChange(ctx, u -> meals.addMeal(u, ctx.formParam("name"))));
        r.post("/diary/meals/{id}", ctx -> mealChange(ctx, u -> meals.renameMeal(u, id(ctx), ctx.formParam("name"))));
        r.post("/diary/meals/{id}/move", ctx -> mealChange(ctx, u -> meals.moveMeal(u, id(ctx),
                "up".equals(ctx.formParam("direction")) ? -1 : 1)));
        r.post("/diary/meals/{id}/delete", ctx -> mealChange(ctx, u -> meals.deleteMeal(u, id(ctx))));
        r.post("/diary/settings", ctx -> {
            UserId u = guard.requireUser(ctx);
            notes.saveSettings(u, DiaryRequests.settings(FieldReader.form(ctx)));
            back(ctx, "Diary settings saved.");
        });
    }

    private void meals(Context ctx, int status, String error, String field) {
        UserId u = guard.requireUser(ctx);
        views.send(ctx, status, "diary/meals.jte", views.page(ctx, "Meals and diary settings"), "meals",
                meals.meals(u), "settings", notes.settings(u), "error", error, "errorField", field);
    }

    private interface MealChange {
        void apply(UserId user);
    }

    private void mealChange(Context ctx, MealChange change) {
        UserId u = guard.requireUser(ctx);
        try {
            change.apply(u);
            ctx.redirect("/diary/meals?notice=" + enc("Meals saved."), HttpStatus.SEE_OTHER);
        } catch (BadInputException e) {
            meals(ctx, 400, e.getMessage(), e.field());
        } catch (ConflictException e) {
            meals(ctx, 409, e.getMessage(), "mealId");
        }
    }

    private void back(Context ctx, String notice) {
        String to = ctx.formParam("back");
        String target = to != null && to.startsWith("/diary") && !to.startsWith("//") ? to : "/diary";
        ctx.redirect(target + (target.contains("?") ? "&" : "?") + "notice=" + enc(notice), HttpStatus.SEE_OTHER);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static long id(Context ctx) {
        return DiaryApi.id(ctx);
    }
}
