package org.openplate.food;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.openplate.account.AuthGuard;
import org.openplate.account.Session;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.web.FieldReader;
import org.openplate.web.Routes;
import org.openplate.web.Views;

/** Food pages: search (plain form, enhanced to search as you type), food detail, custom foods. */
final class FoodPages implements Routes {

    private final FoodService foods;
    private final AuthGuard guard;
    private final Views views;
    private final Function<UserId, Optional<FoodView.Person>> people;

    /** @param people sex and age of a user for reference intakes (from their profile) */
    private final Function<UserId, Set<Long>> favourites;

    public FoodPages(FoodService foods, AuthGuard guard, Views views,
                     Function<UserId, Optional<FoodView.Person>> people) {
        this(foods, guard, views, people, user -> Set.of());
    }

    /** @param favourites the user's recent and frequent foods, ranked higher in their searches */
    public FoodPages(FoodService foods, AuthGuard guard, Views views,
                     Function<UserId, Optional<FoodView.Person>> people, Function<UserId, Set<Long>> favourites) {
        this.favourites = favourites;
        this.foods = foods;
        this.guard = guard;
        this.views = views;
        this.people = people;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/foods", this::search);
        r.get("/foods/new", this::newForm);
        r.post("/foods", this::create);
        r.get("/foods/{id}", this::show);
        r.get("/foods/{id}/edit", this::editForm);
        r.post("/foods/{id}", this::update);
        r.post("/foods/{id}/delete", this::delete);
    }

    private UserId viewer(Context ctx) {
        return guard.session(ctx).map(Session::userId).orElse(null);
    }

    private void search(Context ctx) {
        String q = ctx.queryParam("q");
        List<FoodSummary> results = List.of();
        String corrected = null;
        String error = null;
        if (q != null && !q.isBlank()) {
            try {
                UserId viewer = viewer(ctx);
                FoodService.Results found = foods.find(q, viewer, viewer == null ? Set.of() : favourites.apply(viewer),
                        20);
                results = found.items();
                corrected = found.correctedQuery();
            } catch (BadInputException e) {
                error = e.getMessage();
            }
        }
        String template = "1".equals(ctx.queryParam("fragment")) ? "food/results.jte" : "food/search.jte";
        views.send(ctx, error == null ? 200 : 400, template, views.page(ctx, "Find a food"),
                "q", q == null ? "" : q, "results", results, "error", error, "correctedQuery", corrected,
                "loading", foods.loading().map(FoodService.Loading::message).orElse(null));
    }

    private void show(Context ctx) {
        UserId viewer = viewer(ctx);
        Food food = foods.get(FoodApi.id(ctx), viewer);
        FoodView.Person person = viewer == null ? null : people.apply(viewer).orElse(null);
        PortionChoice choice;
        String error = null;
        int status = 200;
        try {
            choice = PortionChoice.parse(food, ctx.queryParam("portion"), ctx.queryParam("amount"));
        } catch (BadInputException e) {
            choice = PortionChoice.parse(food, null, null);
            error = e.getMessage();
            status = 400;
        }
        views.send(ctx, status, "food/food.jte", views.page(ctx, food.displayName()),
                "view", FoodView.of(food, choice, person, error));
    }

    private void newForm(Context ctx) {
        guard.requireUser(ctx);
        // A scan of an unknown code lands here with the barcode filled in, and returns to the scan once saved.
        java.util.Map<String, String> values = new java.util.HashMap<>();
        org.openplate.food.importer.Barcodes.normalise(ctx.queryParam("barcode")).ifPresent(b -> values.put("barcode", b));
        scanReturn(ctx.queryParam("next")).ifPresent(n -> values.put("next", n));
        renderForm(ctx, 200, null, values, null);
    }

    /** A page to return to after saving: only the barcode scan's own pages. */
    static Optional<String> scanReturn(String next) {
        return org.openplate.common.LocalPaths.local(next).filter(n -> n.startsWith("/foods/scan?"));
    }

    private void renderForm(Context ctx, int status, Long id, java.util.Map<String, String> values,
                            BadInputException error) {
        views.send(ctx, status, "food/custom.jte", views.page(ctx, id == null ? "New custom food" : "Edit food"),
                "id", id, "values", values, "errors", org.openplate.web.FormErrors.of(error));
    }

    private void create(Context ctx) {
        UserId user = guard.requireUser(ctx);
        try {
            Food f = foods.createCustom(user, CustomFoodForm.read(FieldReader.form(ctx)));
            String next = scanReturn(ctx.formParam("next")).map(n -> n + "&notice=Saved.").orElse(null);
            ctx.redirect(next != null ? next : "/foods/" + f.id() + "?notice=Saved.", HttpStatus.SEE_OTHER);
        } catch (BadInputException e) {
            renderForm(ctx, 400, null, formValues(ctx), e);
        }
    }

    private void editForm(Context ctx) {
        UserId user = guard.requireUser(ctx);
        Food f = foods.get(FoodApi.id(ctx), user);
        if (!f.custom()) {
            throw new org.openplate.common.NotFoundException("Only your own custom foods can be edited.");
        }
        renderForm(ctx, 200, f.id(), CustomFoodValues.of(f), null);
    }

    private void update(Context ctx) {
        UserId user = guard.requireUser(ctx);
        long id = FoodApi.id(ctx);
        try {
            foods.ownCustom(user, id);
            foods.updateCustom(user, id, CustomFoodForm.read(FieldReader.form(ctx)));
            ctx.redirect("/foods/" + id + "?notice=Saved.", HttpStatus.SEE_OTHER);
        } catch (BadInputException e) {
            renderForm(ctx, 400, id, formValues(ctx), e);
        }
    }

    private void delete(Context ctx) {
        UserId user = guard.requireUser(ctx);
        foods.deleteCustom(user, FoodApi.id(ctx));
        ctx.redirect("/foods?notice=Deleted.", HttpStatus.SEE_OTHER);
    }

    private static java.util.Map<String, String> formValues(Context ctx) {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        ctx.formParamMap().forEach((k, v) -> m.put(k, v.isEmpty() ? "" : v.get(0)));
        return m;
    }

    static int intParam(String raw, int fallback, String field, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(raw.trim());
            if (v < min || v > max) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new BadInputException(field, field + " must be a whole number from " + min + " to " + max + ".");
        }
    }
}
