package org.openplate.diary;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openplate.account.UserId;
import org.openplate.food.FoodService;

/** Loads the foods and recipes (with their ingredients' foods) that entries refer to, to show them as lines. */
final class DiaryLines {

    private final DiaryRepository repo;
    private final FoodService foods;

    DiaryLines(DiaryRepository repo, FoodService foods) {
        this.repo = repo;
        this.foods = foods;
    }

    /** How many of a user's recipes a {@link DiaryDays.Standing} remembers at most. */
    static final int RECIPES_REMEMBERED = 256;

    DayBuilder builder(UserId user, List<Entry> entries) {
        return builder(user, entries, new HashMap<>());
    }

    /**
     * A builder for the entries' lines, taking the recipes they refer to from {@code known} where it has them
     * and reading only the others, which it then adds to {@code known} (up to {@link #RECIPES_REMEMBERED}).
     * {@code known} must hold only the user's recipes as they are now: the standing of the user's current data
     * version holds it for the days built with it.
     */
    DayBuilder builder(UserId user, List<Entry> entries, Map<Long, Recipe> known) {
        Set<Long> foodIds = new HashSet<>();
        Set<Long> recipeIds = new HashSet<>();
        Map<Long, Recipe> recipes = new HashMap<>();
        for (Entry e : entries) {
            if (e instanceof FoodEntry f) {
                foodIds.add(f.foodId());
            } else if (e instanceof RecipeEntry r && !recipes.containsKey(r.recipeId())) {
                Recipe k = known.get(r.recipeId());
                if (k != null) {
                    recipes.put(k.id(), k);
                } else {
                    recipeIds.add(r.recipeId());
                }
            }
        }
        if (!recipeIds.isEmpty()) {
            repo.recipesById(user, recipeIds).forEach(r -> {
                recipes.put(r.id(), r);
                if (known.size() < RECIPES_REMEMBERED) {
                    known.put(r.id(), r);
                }
            });
        }
        recipes.values().forEach(r -> r.ingredients().forEach(i -> foodIds.add(i.foodId())));
        return new DayBuilder(foods.logged(foodIds, user), recipes);
    }

    Line line(UserId user, Entry e) {
        return builder(user, List.of(e)).line(e);
    }

    /**
     * The line of an entry just made from {@code food} (already read for this request), without reading
     * it again; any other entry (or no food) is read as {@link #line(UserId, Entry)} does.
     */
    Line line(UserId user, Entry e, org.openplate.food.Food food) {
        if (food != null && e instanceof FoodEntry f && f.foodId() == food.id()) {
            return new DayBuilder(Map.of(food.id(), food), Map.of()).line(e);
        }
        return line(user, e);
    }

    List<Line> lines(UserId user, List<Entry> entries) {
        DayBuilder b = builder(user, entries);
        return entries.stream().map(b::line).toList();
    }
}
