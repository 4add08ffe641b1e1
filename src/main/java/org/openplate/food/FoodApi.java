package org.openplate.food;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import org.openplate.account.AuthGuard;
import org.openplate.account.Session;
import org.openplate.account.UserId;
import org.openplate.common.NotFoundException;
import org.openplate.web.FieldReader;
import org.openplate.web.ApiRoutes;

/** {@code /api/v1/foods}: search, barcode look-up, detail, and the user's custom foods. */
final class FoodApi implements ApiRoutes {

    private final FoodService foods;
    private final AuthGuard guard;
    private final ObjectMapper json;
    /** The search's answers as bytes, each food's part kept. */
    private final SearchJson answers;

    private final java.util.function.Function<UserId, Set<Long>> favourites;

    public FoodApi(FoodService foods, AuthGuard guard, ObjectMapper json) {
        this(foods, guard, json, user -> Set.of());
    }

    /** @param favourites the user's recent and frequent foods, ranked higher in their searches */
    public FoodApi(FoodService foods, AuthGuard guard, ObjectMapper json,
                   java.util.function.Function<UserId, Set<Long>> favourites) {
        this.favourites = favourites;
        this.foods = foods;
        this.guard = guard;
        this.json = json;
        this.answers = new SearchJson(json);
    }

    /**
     * A search's answer: the matches, and while the catalogue loads {@code loading} true with its
     * {@code progress} (foods loaded so far of the total), the matches being among the foods loaded so far.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Found(List<FoodSummary> items, boolean loading, Progress progress, String correctedQuery) {
        static Found of(List<FoodSummary> items, java.util.Optional<FoodService.Loading> loading) {
            return of(items, loading, null);
        }

        /** @param correctedQuery the query as understood when a word was corrected, else null (left out) */
        static Found of(List<FoodSummary> items, java.util.Optional<FoodService.Loading> loading,
                        String correctedQuery) {
            return new Found(items, loading.isPresent(), loading.map(l -> new Progress(l.loaded(), l.total(),
                    l.message())).orElse(null), correctedQuery);
        }
    }

    /** {@code total} is absent until the catalogue is counted. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Progress(long loaded, Integer total, String message) {
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v1/foods", this::search);
        r.get("/api/v1/foods/{id}", this::get);
        r.post("/api/v1/foods", this::create);
        r.put("/api/v1/foods/{id}", this::update);
        r.delete("/api/v1/foods/{id}", this::delete);
    }

    private UserId viewer(Context ctx) {
        return guard.session(ctx).map(Session::userId).orElse(null);
    }

    private void search(Context ctx) {
        String barcode = ctx.queryParam("barcode");
        if (barcode != null) {
            ctx.json(Found.of(foods.byBarcode(barcode, viewer(ctx)).map(FoodSummary::of).map(List::of)
                    .orElse(List.of()), foods.loading()));
            return;
        }
        int limit = FoodPages.intParam(ctx.queryParam("limit"), 10, "limit", 1, FoodService.MAX_LIMIT);
        UserId viewer = viewer(ctx);
        FoodService.Results found = foods.find(ctx.queryParam("q"), viewer,
                viewer == null ? Set.of() : favourites.apply(viewer), limit);
        // as bytes, each food's part written once (SearchJson)
        ctx.contentType(io.javalin.http.ContentType.APPLICATION_JSON)
                .result(answers.of(Found.of(found.items(), foods.loading(), found.correctedQuery())));
    }

    private void get(Context ctx) {
        ctx.json(FoodJson.of(foods.get(id(ctx), viewer(ctx))));
    }

    private void create(Context ctx) {
        UserId user = guard.requireUser(ctx);
        CustomFoodRequest request = CustomFoodForm.read(FieldReader.json(json, ctx.body()));
        ctx.status(201).json(FoodJson.of(foods.createCustom(user, request)));
    }

    private void update(Context ctx) {
        UserId user = guard.requireUser(ctx);
        long id = id(ctx);
        foods.ownCustom(user, id);
        CustomFoodRequest request = CustomFoodForm.read(FieldReader.json(json, ctx.body()));
        ctx.json(FoodJson.of(foods.updateCustom(user, id, request)));
    }

    private void delete(Context ctx) {
        UserId user = guard.requireUser(ctx);
        foods.deleteCustom(user, id(ctx));
        ctx.status(204);
    }

    static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundException("No food with id " + ctx.pathParam("id") + ".");
        }
    }

}
