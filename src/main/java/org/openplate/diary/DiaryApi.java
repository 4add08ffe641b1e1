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
import org.openplate.web.JsonBodies;
import org.openplate.web.Routes;

/** {@code /api/v1/diary/...}: days, entries, copying, meals, week, history, notes, water, settings, recipes. */
public final class DiaryApi implements Routes {

    private final DiaryService diary;
    private final RecipeService recipes;
    private final AuthGuard guard;
    private final ObjectMapper json;

    public DiaryApi(DiaryService diary, RecipeService recipes, AuthGuard guard, ObjectMapper json) {
        this.diary = diary;
        this.recipes = recipes;
        this.guard = guard;
        this.json = json;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v1/diary/days/{date}", ctx -> {
            UserId u = guard.requireUser(ctx);
            ctx.json(DiaryJson.day(diary.day(u, diary.date(u, ctx.pathParam("date"), "date"))));
        });
        r.post("/api/v1/diary/entries", ctx -> {
            UserId u = guard.requireUser(ctx);
            Map<String, String> body = JsonBodies.flatten(json, ctx.body());
            ctx.status(201).json(DiaryJson.entry(diary.add(u, body::get)));
        });
        r.get("/api/v1/diary/entries/{id}", ctx -> ctx.json(DiaryJson.entry(diary.entry(guard.requireUser(ctx), id(ctx)))));
        r.put("/api/v1/diary/entries/{id}", this::update);
        r.patch("/api/v1/diary/entries/{id}", this::update);
        r.delete("/api/v1/diary/entries/{id}", ctx -> {
            diary.delete(guard.requireUser(ctx), id(ctx));
            ctx.status(204);
        });
        r.post("/api/v1/diary/entries/{id}/restore", ctx -> ctx.json(DiaryJson.entry(diary.restore(
                guard.requireUser(ctx), id(ctx)))));
        r.post("/api/v1/diary/copy", this::copy);
        r.get("/api/v1/diary/meals", ctx -> ctx.json(org.openplate.web.Paged.of(ctx, diary.meals(guard.requireUser(ctx)))));
        r.post("/api/v1/diary/meals", ctx -> {
            UserId u = guard.requireUser(ctx);
            ctx.status(201).json(diary.addMeal(u, JsonBodies.flatten(json, ctx.body()).get("name")));
        });
        r.put("/api/v1/diary/meals/{id}", ctx -> {
            UserId u = guard.requireUser(ctx);
            Map<String, String> body = JsonBodies.flatten(json, ctx.body());
            long id = id(ctx);
            // every value is checked before anything is written
            int move = body.containsKey("move") ? (int) Math.signum(DiaryService.number(body.get("move"), "move")) : 0;
            if (body.containsKey("name")) {
                diary.renameMeal(u, id, body.get("name"));
            }
            if (body.containsKey("move")) {
                diary.moveMeal(u, id, move);
            }
            ctx.json(org.openplate.web.Paged.of(ctx, diary.meals(u)));
        });
        r.delete("/api/v1/diary/meals/{id}", ctx -> {
            diary.deleteMeal(guard.requireUser(ctx), id(ctx));
            ctx.status(204);
        });
        r.get("/api/v1/diary/week", ctx -> {
            UserId u = guard.requireUser(ctx);
            LocalDate start = ctx.queryParam("start") == null ? diary.today(u).minusDays(6)
                    : diary.date(u, ctx.queryParam("start"), "start");
            ctx.json(DiaryJson.week(diary.week(u, start)));
        });
        r.get("/api/v1/diary/history", ctx -> {
            UserId u = guard.requireUser(ctx);
            ctx.json(org.openplate.web.Paged.of(ctx, diary.history(u, ctx.queryParam("q"), 1000).stream().map(h -> Map.of(
                    "date", h.entry().day().toString(), "name", h.name() == null ? "" : h.name(),
                    "amount", h.entry().kind() == EntryKind.QUICK ? "quick add"
                            : Amounts.describe(h.entry().amount(), h.entry().unit(), h.entry().grams()),
                    "entryId", h.entry().id())).toList()));
        });
        r.get("/api/v1/diary/recent", ctx -> ctx.json(org.openplate.web.Paged.of(ctx, diary.recentFoods(guard.requireUser(ctx), 20)
                .stream().map(FoodSummary::of).toList())));
        r.get("/api/v1/diary/frequent", ctx -> ctx.json(org.openplate.web.Paged.of(ctx, diary.frequentFoods(guard.requireUser(ctx),
                20).stream().map(FoodSummary::of).toList())));
        r.put("/api/v1/diary/days/{date}/note", ctx -> {
            UserId u = guard.requireUser(ctx);
            LocalDate d = diary.date(u, ctx.pathParam("date"), "date");
            diary.saveNote(u, d, JsonBodies.flatten(json, ctx.body()).get("note"));
            ctx.json(Map.of("date", d.toString(), "note", diary.day(u, d).note() == null ? "" : diary.day(u, d).note()));
        });
        r.post("/api/v1/diary/days/{date}/water", ctx -> {
            UserId u = guard.requireUser(ctx);
            LocalDate d = diary.date(u, ctx.pathParam("date"), "date");
            Map<String, String> body = JsonBodies.flatten(json, ctx.body());
            double ml = diary.water(u, d, body::get);
            ctx.json(Map.of("date", d.toString(), "waterMl", DiaryJson.r(ml),
                    "waterCups", DiaryJson.r(WaterUnit.CUPS.fromMl(ml))));
        });
        r.get("/api/v1/diary/settings", ctx -> ctx.json(settings(diary.settings(guard.requireUser(ctx)))));
        r.put("/api/v1/diary/settings", ctx -> {
            UserId u = guard.requireUser(ctx);
            Map<String, String> body = JsonBodies.flatten(json, ctx.body());
            ctx.json(settings(diary.saveSettings(u, body::get)));
        });
        registerRecipes(r);
    }

    private static Map<String, String> settings(DiarySettings s) {
        return Map.of("exerciseCredit", s.exerciseCredit().code(), "waterUnit", s.waterUnit().code());
    }

    private void update(Context ctx) {
        UserId u = guard.requireUser(ctx);
        Map<String, String> body = JsonBodies.flatten(json, ctx.body());
        ctx.json(DiaryJson.entry(diary.update(u, id(ctx), body::get)));
    }

    private void copy(Context ctx) {
        UserId u = guard.requireUser(ctx);
        Map<String, String> b = JsonBodies.flatten(json, ctx.body());
        if (b.get("from") == null || b.get("to") == null) {
            throw new BadInputException(b.get("from") == null ? "from" : "to", "from and to are required dates (yyyy-mm-dd).");
        }
        LocalDate from = diary.date(u, b.get("from"), "from");
        LocalDate to = diary.date(u, b.get("to"), "to");
        List<Line> copied = diary.copy(u, from, optionalId(b.get("fromMealId"), "fromMealId"), to,
                optionalId(b.get("toMealId"), "toMealId"));
        ctx.status(201).json(Map.of("copied", copied.size(), "items", copied.stream().map(DiaryJson::entry).toList()));
    }

    private void registerRecipes(RoutesConfig r) {
        r.get("/api/v1/diary/recipes", ctx -> ctx.json(org.openplate.web.Paged.of(ctx, recipes.list(guard.requireUser(ctx)).stream()
                .map(RecipeJson::of).toList())));
        r.post("/api/v1/diary/recipes", ctx -> {
            UserId u = guard.requireUser(ctx);
            Body b = body(ctx);
            ctx.status(201).json(RecipeJson.of(recipes.create(u, b.fields()::get, b.ingredients())));
        });
        r.post("/api/v1/diary/recipes/from-meal", ctx -> {
            UserId u = guard.requireUser(ctx);
            Map<String, String> b = JsonBodies.flatten(json, ctx.body());
            LocalDate d = diary.date(u, b.get("date"), "date");
            long meal = diary.meal(u, b.get("mealId"));
            ctx.status(201).json(RecipeJson.of(recipes.fromMeal(u, d, meal, b::get)));
        });
        r.get("/api/v1/diary/recipes/{id}", ctx -> ctx.json(RecipeJson.of(recipes.get(guard.requireUser(ctx), id(ctx)))));
        r.put("/api/v1/diary/recipes/{id}", ctx -> {
            UserId u = guard.requireUser(ctx);
            Body b = body(ctx);
            ctx.json(RecipeJson.of(recipes.update(u, id(ctx), b.fields()::get, b.ingredients())));
        });
        r.post("/api/v1/diary/recipes/{id}/duplicate", ctx -> ctx.status(201).json(RecipeJson.of(
                recipes.duplicate(guard.requireUser(ctx), id(ctx)))));
        r.delete("/api/v1/diary/recipes/{id}", ctx -> {
            recipes.delete(guard.requireUser(ctx), id(ctx));
            ctx.status(204);
        });
    }

    private record Body(Map<String, String> fields, List<RecipeService.IngredientInput> ingredients) {
    }

    /** A recipe body: flat fields plus an optional {@code ingredients} array of {foodId, amount, portion}. */
    private Body body(Context ctx) {
        JsonNode node;
        try {
            node = json.readTree(ctx.body());
        } catch (Exception e) {
            throw new BadInputException(null, "The body must be a JSON object.");
        }
        if (node == null || !node.isObject()) {
            throw new BadInputException(null, "The body must be a JSON object.");
        }
        List<RecipeService.IngredientInput> ingredients = null;
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
                ingredients.add(new RecipeService.IngredientInput(text(i, "foodId"), text(i, "amount"),
                        text(i, "portion")));
            }
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("ingredients");
        return new Body(JsonBodies.flatten(json, node.toString()), ingredients);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Long optionalId(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException(field, field + " must be the id of one of your meals.");
        }
    }

    static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundException("Nothing with id " + ctx.pathParam("id") + ".");
        }
    }
}
