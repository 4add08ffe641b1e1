package org.openplate.diary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.common.NotFoundException;
import org.openplate.food.Food;
import org.openplate.food.FoodService;
import org.openplate.nutrition.NutrientAmounts;
import org.openplate.nutrition.NutrientCatalog;

/** Recipes: ingredients with amounts, servings, per-serving nutrition; edit, duplicate, save a meal as one. */
public final class RecipeService {

    private final DiaryRepository repo;
    private final FoodService foods;
    private final Clock clock;

    public RecipeService(DiaryRepository repo, FoodService foods, Clock clock) {
        this.repo = repo;
        this.foods = foods;
        this.clock = clock;
    }

    /** A recipe with its ingredients resolved, whole-recipe and per-serving nutrients. */
    public record RecipeView(Recipe recipe, List<IngredientLine> ingredients, NutrientAmounts total,
                             NutrientAmounts perServing, Set<String> incomplete) {

        public Double perServing(String nutrientId) {
            return perServing.orNull(nutrientId);
        }
    }

    /** An ingredient as shown. */
    public record IngredientLine(int index, long foodId, String name, String description, Double kcal) {
    }

    public List<RecipeView> list(UserId user) {
        List<Recipe> recipes = repo.recipes(user);
        Map<Long, Food> byId = foods.logged(foodIds(recipes), user);
        return recipes.stream().map(r -> view(r, byId)).toList();
    }

    public RecipeView get(UserId user, long id) {
        Recipe r = own(user, id);
        return view(r, foods.logged(foodIds(List.of(r)), user));
    }

    private Recipe own(UserId user, long id) {
        return repo.recipe(user, id).orElseThrow(() -> new NotFoundException("No recipe with id " + id + "."));
    }

    private static Set<Long> foodIds(List<Recipe> recipes) {
        Set<Long> ids = new HashSet<>();
        recipes.forEach(r -> r.ingredients().forEach(i -> ids.add(i.foodId())));
        return ids;
    }

    static RecipeView view(Recipe r, Map<Long, Food> foods) {
        List<IngredientLine> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < r.ingredients().size(); i++) {
            Recipe.Ingredient in = r.ingredients().get(i);
            Food f = foods.get(in.foodId());
            NutrientAmounts n = f == null ? NutrientAmounts.NONE : f.nutrients().forGrams(in.grams());
            n.forEachKnown((nutrient, v) -> seen.add(nutrient.id()));
            lines.add(new IngredientLine(i, in.foodId(), f == null ? "Unavailable food" : f.displayName(),
                    Amounts.describe(in.amount(), in.unit(), in.grams()), n.orNull(NutrientCatalog.ENERGY)));
        }
        NutrientAmounts total = DayBuilder.recipeTotals(r, foods);
        Set<String> incomplete = new HashSet<>(seen);
        incomplete.removeIf(total::has);
        return new RecipeView(r, lines, total, total.divide(r.servings()), incomplete);
    }

    /** Creates a recipe from name, servings, notes and ingredients. */
    public RecipeView create(UserId user, RecipeRequest request) {
        Recipe r = parse(user, 0, request);
        return get(user, repo.saveRecipe(user, r, clock.millis()));
    }

    /** Replaces a recipe's name, servings, notes and (when given) ingredients. */
    public RecipeView update(UserId user, long id, RecipeRequest request) {
        Recipe before = own(user, id);
        Recipe r = request.ingredients() == null
                ? new Recipe(id, name(request.name(), before.name()), servings(request.servings(), before.servings()),
                        notes(request.notes(), before.notes()), before.ingredients())
                : parse(user, id, request);
        repo.saveRecipe(user, r, clock.millis());
        return get(user, id);
    }

    public RecipeView addIngredient(UserId user, long id, RecipeRequest.IngredientRequest input) {
        Recipe before = own(user, id);
        List<Recipe.Ingredient> list = new ArrayList<>(before.ingredients());
        list.add(ingredient(user, input, "foodId"));
        checkCount(list.size());
        repo.saveRecipe(user, new Recipe(id, before.name(), before.servings(), before.notes(), list),
                clock.millis());
        return get(user, id);
    }

    public RecipeView removeIngredient(UserId user, long id, int index) {
        Recipe before = own(user, id);
        if (index < 0 || index >= before.ingredients().size()) {
            throw new NotFoundException("No ingredient " + index + " in this recipe.");
        }
        List<Recipe.Ingredient> list = new ArrayList<>(before.ingredients());
        list.remove(index);
        repo.saveRecipe(user, new Recipe(id, before.name(), before.servings(), before.notes(), list),
                clock.millis());
        return get(user, id);
    }

    public RecipeView duplicate(UserId user, long id) {
        Recipe r = own(user, id);
        String name = (r.name() + " (copy)").length() > 80 ? r.name() : r.name() + " (copy)";
        long copy = repo.saveRecipe(user, new Recipe(0, name, r.servings(), r.notes(), r.ingredients()),
                clock.millis());
        return get(user, copy);
    }

    public void delete(UserId user, long id) {
        own(user, id);
        repo.deleteRecipe(user, id, clock.millis());
    }

    /** "Save this meal as a recipe": the meal's food entries become the ingredients (one transaction). */
    public RecipeView fromMeal(UserId user, LocalDate day, long mealId, RecipeRequest request) {
        List<Recipe.Ingredient> list = new ArrayList<>();
        for (Entry e : repo.entries(user, day, day)) {
            if (e.mealId() == mealId && e instanceof FoodEntry f) {
                list.add(new Recipe.Ingredient(f.foodId(), f.amount(), f.unit(), f.grams()));
            }
        }
        if (list.isEmpty()) {
            throw new BadInputException("mealId", "That meal has no foods on " + day + " to save as a recipe.");
        }
        checkCount(list.size());
        Recipe r = new Recipe(0, name(request.name(), null), servings(request.servings(), 1.0),
                notes(request.notes(), null), list);
        return get(user, repo.saveRecipe(user, r, clock.millis()));
    }

    private Recipe parse(UserId user, long id, RecipeRequest request) {
        String name = name(request.name(), null);
        double servings = servings(request.servings(), 1.0);
        List<Recipe.Ingredient> list = new ArrayList<>();
        List<RecipeRequest.IngredientRequest> in = request.ingredients() == null ? List.of() : request.ingredients();
        checkCount(in.size());
        for (int i = 0; i < in.size(); i++) {
            list.add(ingredient(user, in.get(i), "ingredients[" + i + "].foodId"));
        }
        return new Recipe(id, name, servings, notes(request.notes(), null), list);
    }

    /** An ingredient with its food looked up; an unknown food is bad input on {@code field}. */
    private Recipe.Ingredient ingredient(UserId user, RecipeRequest.IngredientRequest in, String field) {
        Food food;
        try {
            food = foods.get(in.foodId(), user);
        } catch (NotFoundException e) {
            throw new BadInputException(field, "No food with id " + in.foodId() + " (" + field + ").");
        }
        Amounts.Resolved r = Amounts.forFood(food, in.amount(), in.portion());
        return new Recipe.Ingredient(food.id(), r.amount(), r.unit(), r.grams());
    }

    private static void checkCount(int n) {
        if (n > Recipe.MAX_INGREDIENTS) {
            throw new BadInputException("ingredients", "A recipe can have at most " + Recipe.MAX_INGREDIENTS
                    + " ingredients.");
        }
    }

    private static String name(String text, String before) {
        String n = text == null ? before : text.strip();
        if (n == null || n.isEmpty() || n.length() > 80) {
            throw new BadInputException("name", "name must be 1 to 80 characters.");
        }
        return n;
    }

    private static double servings(Double value, Double before) {
        if (value == null) {
            if (before == null) {
                throw new BadInputException("servings", "servings is required: a number from 0.1 to 1,000.");
            }
            return before;
        }
        return value;
    }

    private static String notes(String text, String before) {
        String n = text == null ? before : text.strip();
        if (n != null && n.length() > 4000) {
            throw new BadInputException("notes", "notes must be at most 4,000 characters.");
        }
        return n == null || n.isEmpty() ? null : n;
    }
}
