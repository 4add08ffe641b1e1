package org.openplate.diary;

import org.openplate.common.TextInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
    private final DiaryService diary;
    private final FoodService foods;

    public RecipeService(DiaryRepository repo, DiaryService diary, FoodService foods) {
        this.repo = repo;
        this.diary = diary;
        this.foods = foods;
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

    /** An ingredient as entered: a food, an amount and a portion. */
    public record IngredientInput(String foodId, String amount, String portion) {
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
    public RecipeView create(UserId user, Function<String, String> input, List<IngredientInput> ingredients) {
        Function<String, String> fields = TextInput.checked(input, "notes");
        Recipe r = parse(user, 0, fields, ingredients);
        return get(user, repo.saveRecipe(user, r, diary.clock().millis()));
    }

    /** Replaces a recipe's name, servings, notes and (when given) ingredients. */
    public RecipeView update(UserId user, long id, Function<String, String> input, List<IngredientInput> ingredients) {
        Function<String, String> fields = TextInput.checked(input, "notes");
        Recipe before = own(user, id);
        Recipe r = ingredients == null
                ? new Recipe(id, name(fields.apply("name"), before.name()), servings(fields.apply("servings"),
                        before.servings()), notes(fields.apply("notes"), before.notes()), before.ingredients())
                : parse(user, id, fields, ingredients);
        repo.saveRecipe(user, r, diary.clock().millis());
        return get(user, id);
    }

    public RecipeView addIngredient(UserId user, long id, IngredientInput input) {
        Recipe before = own(user, id);
        List<Recipe.Ingredient> list = new ArrayList<>(before.ingredients());
        list.add(ingredient(user, input, "foodId"));
        checkCount(list.size());
        repo.saveRecipe(user, new Recipe(id, before.name(), before.servings(), before.notes(), list),
                diary.clock().millis());
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
                diary.clock().millis());
        return get(user, id);
    }

    public RecipeView duplicate(UserId user, long id) {
        Recipe r = own(user, id);
        String name = (r.name() + " (copy)").length() > 80 ? r.name() : r.name() + " (copy)";
        long copy = repo.saveRecipe(user, new Recipe(0, name, r.servings(), r.notes(), r.ingredients()),
                diary.clock().millis());
        return get(user, copy);
    }

    public void delete(UserId user, long id) {
        own(user, id);
        repo.deleteRecipe(user, id, diary.clock().millis());
    }

    /** "Save this meal as a recipe": the meal's food entries become the ingredients (one transaction). */
    public RecipeView fromMeal(UserId user, LocalDate day, long mealId, Function<String, String> input) {
        Function<String, String> fields = TextInput.checked(input, "notes");
        List<Recipe.Ingredient> list = new ArrayList<>();
        for (Entry e : repo.entries(user, day, day)) {
            if (e.mealId() == mealId && e.kind() == EntryKind.FOOD) {
                list.add(new Recipe.Ingredient(e.foodId(), e.amount(), e.unit(), e.grams()));
            }
        }
        if (list.isEmpty()) {
            throw new BadInputException("mealId", "That meal has no foods on " + day + " to save as a recipe.");
        }
        checkCount(list.size());
        Recipe r = new Recipe(0, name(fields.apply("name"), null), servings(fields.apply("servings"), 1.0),
                notes(fields.apply("notes"), null), list);
        return get(user, repo.saveRecipe(user, r, diary.clock().millis()));
    }

    private Recipe parse(UserId user, long id, Function<String, String> f, List<IngredientInput> inputs) {
        String name = name(f.apply("name"), null);
        double servings = servings(f.apply("servings"), 1.0);
        List<Recipe.Ingredient> list = new ArrayList<>();
        List<IngredientInput> in = inputs == null ? List.of() : inputs;
        checkCount(in.size());
        for (int i = 0; i < in.size(); i++) {
            list.add(ingredient(user, in.get(i), "ingredients[" + i + "]"));
        }
        return new Recipe(id, name, servings, notes(f.apply("notes"), null), list);
    }

    private Recipe.Ingredient ingredient(UserId user, IngredientInput in, String field) {
        if (in.foodId() == null || in.foodId().isBlank()) {
            throw new BadInputException(field, field + ": foodId is required.");
        }
        String prefix = field.equals("foodId") ? "" : field + ".";
        TextInput.line(prefix + "foodId", in.foodId());
        TextInput.line(prefix + "amount", in.amount());
        TextInput.line(prefix + "portion", in.portion());
        Food food = diary.food(user, in.foodId(), prefix + "foodId");
        Amounts.Resolved r = Amounts.forFood(food, Amounts.amount(in.amount()), in.portion());
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

    private static double servings(String text, Double before) {
        if (text == null || text.isBlank()) {
            if (before == null) {
                throw new BadInputException("servings", "servings is required: a number from 0.1 to 1,000.");
            }
            return before;
        }
        double v = DiaryService.number(text, "servings");
        if (v < 0.1 || v > Recipe.MAX_SERVINGS) {
            throw new BadInputException("servings", "servings must be between 0.1 and 1,000.");
        }
        return v;
    }

    private static String notes(String text, String before) {
        String n = text == null ? before : text.strip();
        if (n != null && n.length() > 4000) {
            throw new BadInputException("notes", "notes must be at most 4,000 characters.");
        }
        return n == null || n.isEmpty() ? null : n;
    }
}
