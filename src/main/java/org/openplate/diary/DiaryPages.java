package org.openplate.diary;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.openplate.account.AuthGuard;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.common.ConflictException;
import org.openplate.food.FoodService;
import org.openplate.food.FoodSummary;
import org.openplate.web.Routes;
import org.openplate.web.Views;

/** The diary's HTML pages: the day, adding food, week, history, meals and settings. Plain forms throughout. */
public final class DiaryPages implements Routes {

    private final DiaryService diary;
    private final RecipeService recipes;
    private final FoodService foods;
    private final AuthGuard guard;
    private final Views views;

    public DiaryPages(DiaryService diary, RecipeService recipes, FoodService foods, AuthGuard guard, Views views) {
        this.diary = diary;
        this.recipes = recipes;
        this.foods = foods;
        this.guard = guard;
        this.views = views;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/diary", ctx -> ctx.redirect("/diary/" + diary.today(guard.requireUser(ctx)), HttpStatus.SEE_OTHER));
        // the phone tab bar's "Add": today's add page in the user's time zone (before /diary/{date})
        r.get("/diary/add", ctx -> ctx.redirect("/diary/" + diary.today(guard.requireUser(ctx)) + "/add",
                HttpStatus.SEE_OTHER));
        r.get("/diary/week", this::week);
        r.get("/diary/history", this::history);
        r.get("/diary/meals", ctx -> meals(ctx, 200, null, null));
        r.post("/diary/meals", ctx -> mealChange(ctx, u -> diary.addMeal(u, ctx.formParam("name"))));
        r.post("/diary/meals/{id}", ctx -> mealChange(ctx, u -> diary.renameMeal(u, id(ctx), ctx.formParam("name"))));
        r.post("/diary/meals/{id}/move", ctx -> mealChange(ctx, u -> diary.moveMeal(u, id(ctx),
                "up".equals(ctx.formParam("direction")) ? -1 : 1)));
        r.post("/diary/meals/{id}/delete", ctx -> mealChange(ctx, u -> diary.deleteMeal(u, id(ctx))));
        r.post("/diary/settings", ctx -> {
            UserId u = guard.requireUser(ctx);
            diary.saveSettings(u, ctx::formParam);
            back(ctx, "Diary settings saved.");
        });
        r.post("/diary/entries/{id}", ctx -> {
            UserId u = guard.requireUser(ctx);
            long id = id(ctx);
            LocalDate before = diary.entry(u, id).day();
            try {
                Line l = diary.update(u, id, ctx::formParam);
                redirect(ctx, l.day(), "Entry updated.", "meal-" + l.mealId());
            } catch (BadInputException e) {
                day(ctx, 400, before, e);
            }
        });
        r.post("/diary/entries/{id}/delete", ctx -> {
            UserId u = guard.requireUser(ctx);
            long id = id(ctx);
            LocalDate d = diary.delete(u, id);
            ctx.redirect("/diary/" + d + "?undo=" + id, HttpStatus.SEE_OTHER);
        });
        r.post("/diary/entries/{id}/restore", ctx -> {
            Line l = diary.restore(guard.requireUser(ctx), id(ctx));
            redirect(ctx, l.day(), "Entry restored.", "meal-" + l.mealId());
        });
        r.get("/diary/{date}", ctx -> day(ctx, 200, date(ctx), null));
        r.get("/diary/{date}/add", this::addPage);
        r.post("/diary/{date}/entries", this::add);
        r.post("/diary/{date}/copy", this::copy);
        r.post("/diary/{date}/note", ctx -> {
            UserId u = guard.requireUser(ctx);
            LocalDate d = date(ctx);
            try {
                diary.saveNote(u, d, ctx.formParam("note"));
                redirect(ctx, d, "Note saved.", "notes");
            } catch (BadInputException e) {
                day(ctx, 400, d, e);
            }
        });
        r.post("/diary/{date}/water", ctx -> {
            UserId u = guard.requireUser(ctx);
            LocalDate d = date(ctx);
            try {
                diary.water(u, d, ctx::formParam);
                redirect(ctx, d, "Water updated.", "water");
            } catch (BadInputException e) {
                day(ctx, 400, d, e);
            }
        });
        r.post("/diary/{date}/meals/{id}/recipe", ctx -> {
            UserId u = guard.requireUser(ctx);
            LocalDate d = date(ctx);
            try {
                RecipeService.RecipeView v = recipes.fromMeal(u, d, diary.meal(u, ctx.pathParam("id")), ctx::formParam);
                ctx.redirect("/recipes/" + v.recipe().id() + "?notice=" + enc("Recipe saved from the meal."),
                        HttpStatus.SEE_OTHER);
            } catch (BadInputException e) {
                day(ctx, 400, d, e);
            }
        });
    }

    private LocalDate date(Context ctx) {
        UserId u = guard.requireUser(ctx);
        try {
            return diary.date(u, ctx.pathParam("date"), "date");
        } catch (BadInputException e) {
            throw new org.openplate.common.NotFoundException("There is no diary page for " + ctx.pathParam("date")
                    + ": " + e.getMessage());
        }
    }

    private void day(Context ctx, int status, LocalDate d, BadInputException error) {
        UserId u = guard.requireUser(ctx);
        DayView view = diary.day(u, d);
        Long undo = null;
        try {
            undo = ctx.queryParam("undo") == null ? null : Long.parseLong(ctx.queryParam("undo"));
        } catch (NumberFormatException e) {
            undo = null;
        }
        views.send(ctx, status, "diary/day.jte", views.page(ctx, "Diary · " + DiaryFormat.longDate(d)),
                "view", view, "fmt", new DiaryFormat(view.settings()), "error", error == null ? null : error.getMessage(),
                "errorField", error == null ? null : error.field(), "undo", undo);
    }

    private void addPage(Context ctx) {
        addPage(ctx, 200, null);
    }

    private void addPage(Context ctx, int status, BadInputException error) {
        UserId u = guard.requireUser(ctx);
        LocalDate d = date(ctx);
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        long meal = diary.meal(u, ctx.queryParam("mealId") != null ? ctx.queryParam("mealId") : ctx.formParam("mealId"));
        List<FoodSummary> results = List.of();
        String searchError = null;
        if (!q.isEmpty()) {
            try {
                results = foods.search(q, u, diary.favourites(u), 20);
            } catch (BadInputException e) {
                searchError = e.getMessage();
            }
        }
        List<FoodSummary> recent = diary.recentFoods(u, 10).stream().map(FoodSummary::of).toList();
        List<FoodSummary> frequent = diary.frequentFoods(u, 10).stream().map(FoodSummary::of).toList();
        views.send(ctx, status, "diary/add.jte", views.page(ctx, "Add food · " + DiaryFormat.longDate(d)),
                "date", d, "mealId", meal, "meals", diary.meals(u), "q", q, "results", results, "recent", recent,
                "frequent", frequent, "recipes", recipes.list(u), "error", error != null ? error.getMessage() : searchError,
                "errorField", error == null ? null : error.field());
    }

    private void add(Context ctx) {
        UserId u = guard.requireUser(ctx);
        LocalDate d = date(ctx);
        try {
            java.util.Map<String, String> fields = new java.util.HashMap<>();
            ctx.formParamMap().forEach((k, v) -> fields.put(k, v.isEmpty() ? null : v.get(0)));
            fields.put("date", d.toString());
            Line l = diary.add(u, fields::get);
            redirect(ctx, d, "Added " + l.name() + (l.kcal() == null ? "" : " (" + Math.round(l.kcal()) + " kcal)")
                    + ".", "meal-" + l.mealId());
        } catch (BadInputException e) {
            if (ctx.formParam("kcal") != null || "day".equals(ctx.formParam("from"))) {
                day(ctx, 400, d, e);
            } else {
                addPage(ctx, 400, e);
            }
        }
    }

    private void copy(Context ctx) {
        UserId u = guard.requireUser(ctx);
        LocalDate d = date(ctx);
        try {
            boolean outgoing = "to".equals(ctx.formParam("direction"));
            LocalDate other = diary.date(u, ctx.formParam("other"), "other");
            Long fromMeal = ctx.formParam("mealId") == null || ctx.formParam("mealId").isBlank() ? null
                    : diary.meal(u, ctx.formParam("mealId"));
            List<Line> copied = outgoing ? diary.copy(u, d, fromMeal, other, fromMeal)
                    : diary.copy(u, other, fromMeal, d, fromMeal);
            String what = copied.size() == 1 ? "1 entry" : copied.size() + " entries";
            if (outgoing) {
                redirect(ctx, other, "Copied " + what + " from " + DiaryFormat.longDate(d) + ".", null);
            } else {
                redirect(ctx, d, "Copied " + what + " from " + DiaryFormat.longDate(other) + ".",
                        fromMeal == null ? null : "meal-" + fromMeal);
            }
        } catch (BadInputException e) {
            day(ctx, 400, d, e);
        }
    }

    private void week(Context ctx) {
        UserId u = guard.requireUser(ctx);
        LocalDate start;
        try {
            start = ctx.queryParam("start") == null ? diary.today(u).minusDays(6)
                    : diary.date(u, ctx.queryParam("start"), "start");
        } catch (BadInputException e) {
            start = diary.today(u).minusDays(6);
        }
        WeekView w = diary.week(u, start);
        views.send(ctx, 200, "diary/week.jte", views.page(ctx, "Week from " + DiaryFormat.longDate(start)), "week", w,
                "fmt", new DiaryFormat(diary.settings(u)));
    }

    private void history(Context ctx) {
        UserId u = guard.requireUser(ctx);
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        List<DiaryRepository.HistoryRow> rows = q.length() > 100 ? List.of() : diary.history(u, q, 100);
        views.send(ctx, 200, "diary/history.jte", views.page(ctx, "When did I last eat…"), "q", q, "rows", rows);
    }

    private void meals(Context ctx, int status, String error, String field) {
        UserId u = guard.requireUser(ctx);
        views.send(ctx, status, "diary/meals.jte", views.page(ctx, "Meals and diary settings"), "meals",
                diary.meals(u), "settings", diary.settings(u), "error", error, "errorField", field);
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

    private static void redirect(Context ctx, LocalDate d, String notice, String anchor) {
        ctx.redirect("/diary/" + d + "?notice=" + enc(notice) + (anchor == null ? "" : "#" + anchor), HttpStatus.SEE_OTHER);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static long id(Context ctx) {
        return DiaryApi.id(ctx);
    }
}
