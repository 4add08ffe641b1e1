package org.openplate.diary;

import java.time.LocalDate;
import org.openplate.food.Food;

/**
 * Builds entries from typed requests and the food or recipe they name (already looked up by the
 * service): the amount resolved to grams, a quick add's values kept or changed.
 */
final class EntryForm {

    private EntryForm() {
    }

    static FoodEntry food(LocalDate day, long meal, int position, Food food, double amount, String portion) {
        Amounts.Resolved r = Amounts.forFood(food, amount, portion);
        return new FoodEntry(0, day, meal, position, food.id(), r.amount(), r.unit(), r.grams(), 0);
    }

    static RecipeEntry recipe(LocalDate day, long meal, int position, Recipe recipe, double amount, String portion) {
        Amounts.Resolved r = Amounts.forRecipe(recipe, amount, portion);
        return new RecipeEntry(0, day, meal, position, recipe.id(), r.amount(), r.unit(), r.grams(), 0);
    }

    static QuickEntry quick(LocalDate day, long meal, int position, NewEntry.QuickAdd q) {
        return new QuickEntry(0, day, meal, position, q.name(), q.kcal(), q.proteinG(), q.carbsG(), q.fatG(), 0);
    }

    /** A food entry with a new amount or portion (when given). */
    static FoodEntry amend(FoodEntry e, Food food, UpdateEntryRequest u) {
        Amounts.Resolved r = Amounts.forFood(food, u.amount() != null ? u.amount() : e.amount(),
                u.portion() != null ? u.portion() : e.unit());
        return new FoodEntry(e.id(), e.day(), e.mealId(), e.position(), e.foodId(), r.amount(), r.unit(), r.grams(),
                e.createdAt());
    }

    static RecipeEntry amend(RecipeEntry e, Recipe recipe, UpdateEntryRequest u) {
        Amounts.Resolved r = Amounts.forRecipe(recipe, u.amount() != null ? u.amount() : e.amount(),
                u.portion() != null ? u.portion() : e.unit());
        return new RecipeEntry(e.id(), e.day(), e.mealId(), e.position(), e.recipeId(), r.amount(), r.unit(),
                r.grams(), e.createdAt());
    }

    /** A quick add with the values given changed; others keep theirs. */
    static QuickEntry amend(QuickEntry e, UpdateEntryRequest u) {
        return new QuickEntry(e.id(), e.day(), e.mealId(), e.position(), pick(u.name(), e.name()),
                u.kcal() != null ? u.kcal() : e.kcal(), pick(u.protein(), e.proteinG()), pick(u.carbs(), e.carbsG()),
                pick(u.fat(), e.fatG()), e.createdAt());
    }

    private static <T> T pick(UpdateEntryRequest.Change<T> change, T before) {
        return change == null ? before : change.value();
    }
}
