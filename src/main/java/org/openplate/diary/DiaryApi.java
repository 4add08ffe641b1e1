package org.openplate.diary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openplate.account.AuthGuard;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.common.NotFoundException;
import org.openplate.food.FoodSummary;
import org.openplate.web.FieldReader;
import org.openplate.web.ApiRoutes;

/** {@code /api/v1/diary/...}: days, entries, copying, meals, week, history, notes, water, settings, recipes. */
final class DiaryApi implements ApiRoutes {

    private final DiaryDays days;
    private final EntryService entries;
    private final MealService meals;
    private final DayNotesService notes;
    private final DiaryFoods diaryFoods;
    private final RecipeService recipes;
    private final AuthGuard guard;
    private final ObjectMapper json;

    public DiaryApi(DiaryServices diary, AuthGuard guard, ObjectMapper json) {
        this.days = diary.days();
        this.entries = diary.entries();
        this.meals = diary.meals();
        this.notes = diary.notes();
        this.diaryFoods = diary.foods();
        this.recipes = diary.recipes();
        this.guard = guard;
        this.json = json;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v1/diary/days/{date}", ctx -> {
            org.openplate.account.Session session = guard.requireSession(ctx);
            // The same bytes ctx.json would write (this mapper is Javalin's), rendered once per kept day and kept
            // compressed: sent as they are to clients that accept gzip, inflated for the others.
            DayCache.Json day = days.keptDay(session.userId(), session.dataVersion(),
                    DiaryRequests.date(ctx.pathParam("date"), "date"), "date", v -> DiaryJson.dayBytes(json, v));
            ctx.contentType(io.javalin.http.ContentType.APPLICATION_JSON).header("Vary", "Accept-Encoding");
            if (day.gzip() && org.openplate.common.Gzip.accepted(ctx.header("Accept-Encoding"))) {
                ctx.header("Content-Encoding", "gzip").result(day.bytes());
            } else {
                ctx.result(day.plain());
            }
        });
        r.post("/api/v1/diary/entries", ctx -> {
            UserId u = guard.requireUser(ctx);
            EntryService.Added added = entries.log(u, DiaryRequests.addEntry(body(ctx)));
            // its only write, the insert, raised the user's data version in its transaction
            ctx.attribute(org.openplate.web.WebServer.VERSION_RAISED, true);
            ctx.status(added.created() ? 201 : 200).json(DiaryJson.entry(added.line()));
        });
        r.get("/api/v1/diary/entries/{id}", ctx -> ctx.json(DiaryJson.entry(entries.entry(guard.requireUser(ctx), id(ctx)))));
        r.put("/api/v1/diary/entries/{id}", this::update);
        r.patch("/api/v1/diary/entries/{id}", this::update);
        r.delete("/api/v1/diary/entries/{id}", ctx -> {
            entries.delete(guard.requireUser(ctx), id(ctx));
            ctx.status(204);
        });
        r.post("/api/v1/diary/entries/{id}/restore", ctx -> ctx.json(DiaryJson.entry(entries.restore(
                guard.requireUser(ctx), id(ctx)))));
        r.post("/api/v1/diary/copy", this::copy);
        r.get("/api/v1/diary/meals", ctx -> ctx.json(org.openplate.web.Paged.of(ctx, meals.meals(guard.requireUser(ctx)))));
        r.post("/api/v1/diary/meals", ctx -> {
            UserId u = guard.requireUser(ctx);
            ctx.status(201).json(meals.addMeal(u, body(ctx).text("name")));
        });
        r.put("/api/v1/diary/meals/{id}", ctx -> {
            UserId u = guard.requireUser(ctx);
            meals.changeMeal(u, id(ctx), DiaryRequests.mealChange(body(ctx)));
            ctx.json(org.openplate.web.Paged.of(ctx, meals.meals(u)));
        });
        r.delete("/api/v1/diary/meals/{id}", ctx -> {
            meals.deleteMeal(guard.requireUser(ctx), id(ctx));
            ctx.status(204);
        });
        r.get("/api/v1/diary/week", ctx -> {
            UserId u = guard.requireUser(ctx);
            LocalDate start = ctx.queryParam("start") == null ? days.today(u).minusDays(6)
                    : days.date(u, DiaryRequests.date(ctx.queryParam("start"), "start"), "start");
            ctx.json(DiaryJson.week(days.week(u, start)));
        });
        r.get("/api/v1/diary/history", ctx -> {
            UserId u = guard.requireUser(ctx);
            ctx.json(org.openplate.web.Paged.of(ctx, diaryFoods.history(u, DiaryRequests.words(ctx.queryParam("q")), 1000).stream().map(h -> Map.of(
                    "date", h.entry().day().toString(), "name", h.name() == null ? "" : h.name(),
                    "amount", h.entry() instanceof PortionEntry p ? Amounts.describe(p.amount(), p.unit(), p.grams())
                            : "quick add",
                    "entryId", h.entry().id())).toList()));
        });
        r.get("/api/v1/diary/recent", ctx -> ctx.json(org.openplate.web.Paged.of(ctx, diaryFoods.recentFoods(guard.requireUser(ctx), 20)
                .stream().map(FoodSummary::of).toList())));
        r.get("/api/v1/diary/frequent", ctx -> ctx.json(org.openplate.web.Paged.of(ctx, diaryFoods.frequentFoods(guard.requireUser(ctx),
                20).stream().map(FoodSummary::of).toList())));
        r.put("/api/v1/diary/days/{date}/note", ctx -> {
            UserId u = guard.requireUser(ctx);
            LocalDate d = pathDate(ctx, u);
            notes.saveNote(u, d, body(ctx, "note").text("note"));
            String note = notes.note(u, d);
            ctx.json(Map.of("date", d.toString(), "note", note == null ? "" : note));
        });
        r.post("/api/v1/diary/days/{date}/water", ctx -> {
            UserId u = guard.requireUser(ctx);
            LocalDate d = pathDate(ctx, u);
            double ml = notes.water(u, d, DiaryRequests.water(body(ctx)));
            ctx.json(Map.of("date", d.toString(), "waterMl", DiaryJson.r(ml),
                    "waterCups", DiaryJson.r(WaterUnit.CUPS.fromMl(ml))));
        });
        r.get("/api/v1/diary/settings", ctx -> ctx.json(settings(notes.settings(guard.requireUser(ctx)))));
        r.put("/api/v1/diary/settings", ctx -> {
            UserId u = guard.requireUser(ctx);
            ctx.json(settings(notes.saveSettings(u, DiaryRequests.settings(body(ctx)))));
        });
        registerRecipes(r);
    }

    private static Map<String, String> settings(DiarySettings s) {
        return Map.of("exerciseCredit", s.exerciseCredit().code(), "waterUnit", s.waterUnit().code());
    }

    private void update(Context ctx) {
        UserId u = guard.requireUser(ctx);
        ctx.json(DiaryJson.entry(entries.update(u, id(ctx), DiaryRequests.updateEntry(body(ctx)))));
    }

    private void copy(Context ctx) {
        UserId u = guard.requireUser(ctx);
        FieldReader b = body(ctx);
        if (!b.sent("from") || !b.sent("to")) {
            throw new BadInputException(!b.sent("from") ? "from" : "to", "from and to are required dates (yyyy-mm-dd).");
        }
        LocalDate from = days.date(u, b.date("from"), "from");
        LocalDate to = days.date(u, b.date("to"), "to");
        List<Line> copied = entries.copy(u, new CopyRequest(from, DiaryRequests.optionalMealId(b, "fromMealId"), to,
                DiaryRequests.optionalMealId(b, "toMealId")));
        ctx.status(201).json(Map.of("copied", copied.size(), "items", copied.stream().map(DiaryJson::entry).toList()));
    }

    private void registerRecipes(RoutesConfig r) {
        r.get("/api/v1/diary/recipes", ctx -> ctx.json(org.openplate.web.Paged.of(ctx, recipes.list(guard.requireUser(ctx)).stream()
                .map(RecipeJson::of).toList())));
        r.post("/api/v1/diary/recipes", ctx -> {
            UserId u = guard.requireUser(ctx);
            ctx.status(201).json(RecipeJson.of(recipes.create(u, recipeBody(ctx))));
        });
        r.post("/api/v1/diary/recipes/from-meal", ctx -> {
            UserId u = guard.requireUser(ctx);
            FieldReader b = body(ctx, "notes");
            LocalDate d = days.date(u, b.date("date"), "date");
            long meal = meals.resolve(u, DiaryRequests.mealId(b.text("mealId")));
            ctx.status(201).json(RecipeJson.of(recipes.fromMeal(u, d, meal, DiaryRequests.recipe(b, null))));
        });
        r.get("/api/v1/diary/recipes/{id}", ctx -> ctx.json(RecipeJson.of(recipes.get(guard.requireUser(ctx), id(ctx)))));
        r.put("/api/v1/diary/recipes/{id}", ctx -> {
            UserId u = guard.requireUser(ctx);
            ctx.json(RecipeJson.of(recipes.update(u, id(ctx), recipeBody(ctx))));
        });
        r.post("/api/v1/diary/recipes/{id}/duplicate", ctx -> ctx.status(201).json(RecipeJson.of(
                recipes.duplicate(guard.requireUser(ctx), id(ctx)))));
        r.delete("/api/v1/diary/recipes/{id}", ctx -> {
            recipes.delete(guard.requireUser(ctx), id(ctx));
            ctx.status(204);
        });
    }

    private FieldReader body(Context ctx, String... multiLine) {
        return FieldReader.json(json, ctx.body(), multiLine);
    }

    private LocalDate pathDate(Context ctx, UserId u) {
        return days.date(u, DiaryRequests.date(ctx.pathParam("date"), "date"), "date");
    }

    /** A recipe body: fields plus an optional {@code ingredients} array of {foodId, amount, portion}. */
    private RecipeRequest recipeBody(Context ctx) {
        FieldReader f = body(ctx, "notes");
        JsonNode node;
        try {
            node = json.readTree(ctx.body());
        } catch (Exception e) {
            throw new BadInputException(null, "The body must be a JSON object.");
        }
        List<RecipeRequest.IngredientRequest> ingredients = null;
        JsonNode list = node.get("ingredients");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw new BadInputException("ingredients", "ingredients must be an array of {foodId, amount, portion}.");
            }
            ingredients = new ArrayList<>();
            for (JsonNode i : list) {
                if (!i.isObject()) {
                    throw new BadInputException("ingredients", "each ingredient must be {foodId, amount, portion}.");
                }
                ingredients.add(DiaryRequests.ingredient(text(i, "foodId"), text(i, "amount"), text(i, "portion"),
                        "ingredients[" + ingredients.size() + "]"));
            }
        }
        return DiaryRequests.recipe(f, ingredients);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundException("Nothing with id " + ctx.pathParam("id") + ".");
        }
    }
}
