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
import org.openplate.food.FoodService;
import org.openplate.food.FoodSummary;
import org.openplate.web.FieldReader;
import org.openplate.web.Routes;
import org.openplate.web.Views;

/** The diary's HTML pages: the day, adding food, week, history, meals and settings. Plain forms throughout. */
final class DiaryPages implements Routes {

    private final DiaryDays days;
    private final EntryService entries;
    private final MealService meals;
    private final DayNotesService notes;
    private final DiaryFoods diaryFoods;
    private final RecipeService recipes;
    private final FoodService foods;
    private final AuthGuard guard;
    private final Views views;
    private final GetStartedCards cards;
    private final AddFlow flow;

    public DiaryPages(DiaryServices diary, FoodService foods, AuthGuard guard, Views views) {
        this.cards = diary.cards();
        this.days = diary.days();
        this.entries = diary.entries();
        this.meals = diary.meals();
        this.notes = diary.notes();
        this.diaryFoods = diary.foods();
        this.recipes = diary.recipes();
        this.foods = foods;
        this.guard = guard;
        this.views = views;
        this.flow = new AddFlow(days, entries);
    }

    @Override
    public void register(RoutesConfig r) {
        // Today's page, keeping a notice (e.g. after sign-up) that was sent along.
        r.get("/diary", ctx -> ctx.redirect("/diary/" + days.today(guard.requireUser(ctx))
                + (ctx.queryParam("notice") == null ? "" : "?notice=" + enc(ctx.queryParam("notice"))),
                HttpStatus.SEE_OTHER));
        // the phone tab bar's "Add": today's add page in the user's time zone (before /diary/{date})
        r.get("/diary/add", ctx -> ctx.redirect("/diary/" + days.today(guard.requireUser(ctx)) + "/add",
                HttpStatus.SEE_OTHER));
        r.get("/diary/week", this::week);
        r.get("/diary/history", this::history);
        new MealPages(meals, notes, guard, views).register(r);
        r.post("/diary/entries/{id}", ctx -> {
            UserId u = guard.requireUser(ctx);
            long id = id(ctx);
            LocalDate before = entries.entry(u, id).day();
            try {
                Line l = entries.update(u, id, DiaryRequests.updateEntry(FieldReader.form(ctx)));
                redirect(ctx, l.day(), "Entry updated.", "meal-" + l.mealId());
            } catch (BadInputException e) {
                day(ctx, 400, before, e);
            }
        });
        r.post("/diary/entries/{id}/delete", ctx -> {
            UserId u = guard.requireUser(ctx);
            long id = id(ctx);
            String name = AddFlow.wantsJson(ctx) ? entries.entry(u, id).name() : null;
            LocalDate d = entries.delete(u, id);
            if (name != null) {
                flow.deleted(ctx, u, id, name, d);
                return;
            }
            ctx.redirect("/diary/" + d + "?undo=" + id, HttpStatus.SEE_OTHER);
        });
        r.post("/diary/entries/{id}/restore", ctx -> {
            Line l = entries.restore(guard.requireUser(ctx), id(ctx));
            redirect(ctx, l.day(), "Entry restored.", "meal-" + l.mealId());
        });
        r.get("/diary/{date}", ctx -> day(ctx, 200, date(ctx), null));
        r.get("/diary/{date}/add", this::addPage);
        r.post("/diary/{date}/entries", this::add);
        flow.register(r, (ctx, u) -> date(ctx), guard::requireUser);
        r.post("/diary/{date}/copy", this::copy);
        r.post("/diary/{date}/note", ctx -> {
            UserId u = guard.requireUser(ctx);
            LocalDate d = date(ctx);
            try {
                notes.saveNote(u, d, ctx.formParam("note"));
                redirect(ctx, d, "Note saved.", "notes");
            } catch (BadInputException e) {
                day(ctx, 400, d, e);
            }
        });
        r.post("/diary/{date}/water", ctx -> {
            UserId u = guard.requireUser(ctx);
            LocalDate d = date(ctx);
            try {
                notes.water(u, d, DiaryRequests.water(FieldReader.form(ctx)));
                redirect(ctx, d, "Water updated.", "water");
            } catch (BadInputException e) {
                day(ctx, 400, d, e);
            }
        });
        r.post("/diary/{date}/meals/{id}/recipe", ctx -> {
            UserId u = guard.requireUser(ctx);
            LocalDate d = date(ctx);
            try {
                RecipeService.RecipeView v = recipes.fromMeal(u, d, meals.resolve(u, DiaryRequests.mealId(ctx.pathParam("id"))),
                        DiaryRequests.recipe(FieldReader.form(ctx, "notes"), null));
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
            return days.date(u, DiaryRequests.date(ctx.pathParam("date"), "date"), "date");
        } catch (BadInputException e) {
            throw new org.openplate.common.NotFoundException("There is no diary page for " + ctx.pathParam("date")
                    + ": " + e.getMessage());
        }
    }

    private void day(Context ctx, int status, LocalDate d, BadInputException error) {
        UserId u = guard.requireUser(ctx);
        DayView view = days.day(u, d);
        Long undo = null;
        try {
            undo = ctx.queryParam("undo") == null ? null : Long.parseLong(ctx.queryParam("undo"));
        } catch (NumberFormatException e) {
            undo = null;
        }
        views.send(ctx, status, "diary/day.jte", views.page(ctx, "Diary · " + DiaryFormat.longDate(d)),
                "view", view, "fmt", new DiaryFormat(view.settings()), "error", error == null ? null : error.getMessage(),
                "errorField", error == null ? null : error.field(), "undo", undo,
                "copyable", days.mealsWithEntries(u, d.minusDays(1)),
                "card", d.equals(view.today()) ? cards.card(u, d).orElse(null) : null,
                "recent", diaryFoods.recentSummaries(u, RECENT_ON_DAY));
    }

    private void addPage(Context ctx) {
        addPage(ctx, 200, null);
    }

    private void addPage(Context ctx, int status, BadInputException error) {
        UserId u = guard.requireUser(ctx);
        LocalDate d = date(ctx);
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        long meal = meals.resolve(u, DiaryRequests.mealId(ctx.queryParam("mealId") != null ? ctx.queryParam("mealId")
                : ctx.formParam("mealId")));
        DiaryFoods.Shortlists lists = diaryFoods.shortlists(u, 10);
        List<FoodSummary> results = List.of();
        String searchError = null;
        if (!q.isEmpty()) {
            try {
                results = foods.search(q, u, lists.favourites(), 20);
            } catch (BadInputException e) {
                searchError = e.getMessage();
            }
        }
        List<FoodSummary> recent = lists.recent().stream().map(FoodSummary::of).toList();
        List<FoodSummary> frequent = lists.frequent().stream().map(FoodSummary::of).toList();
        if ("1".equals(ctx.queryParam("fragment"))) {
            views.send(ctx, status, "diary/add-results.jte", views.page(ctx, "Add food"), "date", d, "mealId", meal,
                    "q", q, "results", results, "error", searchError,
                    "loading", diaryFoods.catalogueLoading().orElse(null));
            return;
        }
        views.send(ctx, status, "diary/add.jte", views.page(ctx, "Add food · " + DiaryFormat.longDate(d)),
                "date", d, "mealId", meal, "meals", meals.meals(u), "q", q, "results", results, "recent", recent,
                "frequent", frequent, "recipes", recipes.list(u), "error", error != null ? error.getMessage() : searchError,
                "errorField", error == null ? null : error.field(),
                "loading", diaryFoods.catalogueLoading().orElse(null), "budget", days.day(u, d).budget());
    }

    private void add(Context ctx) {
        UserId u = guard.requireUser(ctx);
        LocalDate d = date(ctx);
        try {
            EntryService.Added added = entries.log(u, DiaryRequests.addEntry(FieldReader.form(ctx), d));
            if (AddFlow.wantsJson(ctx)) {
                flow.added(ctx, u, added);
                return;
            }
            Line l = added.line();
            redirect(ctx, d, (added.created() ? "Added " : "Already added ") + l.name() + (l.kcal() == null ? "" : " (" + Math.round(l.kcal()) + " kcal)")
                    + ".", NOTICE);
        } catch (BadInputException e) {
            if (AddFlow.wantsJson(ctx)) {
                throw e;
            }
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
            FieldReader f = FieldReader.form(ctx);
            LocalDate other = days.date(u, f.date("other"), "other");
            Long mealId = DiaryRequests.mealId(f.text("mealId"));
            Long fromMeal = mealId == null ? null : meals.resolve(u, mealId);
            List<Line> copied = entries.copy(u, outgoing ? new CopyRequest(d, fromMeal, other, fromMeal)
                    : new CopyRequest(other, fromMeal, d, fromMeal));
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
            start = ctx.queryParam("start") == null ? days.today(u).minusDays(6)
                    : days.date(u, DiaryRequests.date(ctx.queryParam("start"), "start"), "start");
        } catch (BadInputException e) {
            start = days.today(u).minusDays(6);
        }
        WeekView w = days.week(u, start);
        views.send(ctx, 200, "diary/week.jte", views.page(ctx, "Week from " + DiaryFormat.longDate(start)), "week", w,
                "fmt", new DiaryFormat(notes.settings(u)));
    }

    private void history(Context ctx) {
        UserId u = guard.requireUser(ctx);
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        List<DiaryRepository.HistoryRow> rows = q.length() > 100 ? List.of()
                : diaryFoods.history(u, DiaryRequests.words(q), 100);
        views.send(ctx, 200, "diary/history.jte", views.page(ctx, "When did I last eat…"), "q", q, "rows", rows);
    }

    /**
     * The anchor of the layout's notice: after adding, the page opens with the confirmation at the top
     * and the calories left right under it (the meal's list is further down), with or without JavaScript.
     */
    static final String NOTICE = "notice";

    /** How many recent foods each meal of the day page offers as one-tap adds. */
    static final int RECENT_ON_DAY = 3;

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
