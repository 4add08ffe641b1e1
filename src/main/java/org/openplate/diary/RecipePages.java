package org.openplate.diary;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openplate.account.AuthGuard;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.food.FoodService;
import org.openplate.food.FoodSummary;
import org.openplate.web.FieldReader;
import org.openplate.web.Routes;
import org.openplate.web.Views;

/** Recipe pages: list and create, then one recipe with its ingredients, nutrition, edit, duplicate, delete. */
final class RecipePages implements Routes {

    private final RecipeService recipes;
    private final FoodService foods;
    private final AuthGuard guard;
    private final Views views;

    public RecipePages(RecipeService recipes, FoodService foods, AuthGuard guard, Views views) {
        this.recipes = recipes;
        this.foods = foods;
        this.guard = guard;
        this.views = views;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/recipes", ctx -> list(ctx, 200, null));
        r.post("/recipes", ctx -> {
            UserId u = guard.requireUser(ctx);
            try {
                RecipeService.RecipeView v = recipes.create(u, DiaryRequests.recipe(FieldReader.form(ctx, "notes"),
                        List.of()));
                go(ctx, v.recipe().id(), "Recipe created. Add its ingredients below.");
            } catch (BadInputException e) {
                list(ctx, 400, e);
            }
        });
        r.get("/recipes/{id}", ctx -> show(ctx, 200, null));
        r.post("/recipes/{id}", ctx -> change(ctx, u -> recipes.update(u, id(ctx),
                DiaryRequests.recipe(FieldReader.form(ctx, "notes"), null)), "Recipe saved."));
        r.post("/recipes/{id}/ingredients", ctx -> change(ctx, u -> recipes.addIngredient(u, id(ctx),
                DiaryRequests.ingredient(ctx.formParam("foodId"), ctx.formParam("amount"), ctx.formParam("portion"),
                        "foodId")), "Ingredient added."));
        r.post("/recipes/{id}/ingredients/{index}/delete", ctx -> change(ctx, u -> recipes.removeIngredient(u, id(ctx),
                index(ctx)), "Ingredient removed."));
        r.post("/recipes/{id}/duplicate", ctx -> {
            RecipeService.RecipeView v = recipes.duplicate(guard.requireUser(ctx), id(ctx));
            go(ctx, v.recipe().id(), "Recipe duplicated.");
        });
        r.post("/recipes/{id}/delete", ctx -> {
            recipes.delete(guard.requireUser(ctx), id(ctx));
            ctx.redirect("/recipes?notice=" + enc("Recipe deleted."), HttpStatus.SEE_OTHER);
        });
    }

    private interface Change {
        RecipeService.RecipeView apply(UserId user);
    }

    private void change(Context ctx, Change change, String notice) {
        UserId u = guard.requireUser(ctx);
        try {
            go(ctx, change.apply(u).recipe().id(), notice);
        } catch (BadInputException e) {
            show(ctx, 400, e);
        }
    }

    private void list(Context ctx, int status, BadInputException error) {
        UserId u = guard.requireUser(ctx);
        views.send(ctx, status, "diary/recipes.jte", views.page(ctx, "Recipes"), "recipes", recipes.list(u),
                "error", error == null ? null : error.getMessage());
    }

    private void show(Context ctx, int status, BadInputException error) {
        UserId u = guard.requireUser(ctx);
        RecipeService.RecipeView v = recipes.get(u, id(ctx));
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        List<FoodSummary> results = List.of();
        String err = error == null ? null : error.getMessage();
        if (!q.isEmpty()) {
            try {
                results = foods.search(q, u, java.util.Set.of(), 15);
            } catch (BadInputException e) {
                err = e.getMessage();
            }
        }
        views.send(ctx, status, "diary/recipe.jte", views.page(ctx, v.recipe().name()), "view", v, "q", q,
                "results", results, "error", err);
    }

    private static void go(Context ctx, long id, String notice) {
        ctx.redirect("/recipes/" + id + "?notice=" + enc(notice), HttpStatus.SEE_OTHER);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static long id(Context ctx) {
        return DiaryApi.id(ctx);
    }

    private static int index(Context ctx) {
        try {
            return Integer.parseInt(ctx.pathParam("index"));
        } catch (NumberFormatException e) {
            throw new org.openplate.common.NotFoundException("No such ingredient.");
        }
    }
}
