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

    static Entry food(LocalDate day, long meal, int position, Food food, double amount, String portion) {
        Amounts.Resolved r = Amounts.forFood(food, amount, portion);
        return new Entry(0, day, meal, position, EntryKind.FOOD, food.id(), null, r.amount(), r.unit(), r.grams(),
                null, 0);
    }

    static Entry recipe(LocalDate day, long meal, int position, Recipe recipe, double amount, String portion) {
        Amounts.Resolved r = Amounts.forRecipe(recipe, amount, portion);
        return new Entry(0, day, meal, position, EntryKind.RECIPE, null, recipe.id(), r.amount(), r.unit(),
                r.grams(), null, 0);
    }

    static Entry quick(LocalDate day, long meal, int position, NewEntry.QuickAdd q) {
        return new Entry(0, day, meal, position, EntryKind.QUICK, null, null, null, null, null,
                new Entry.QuickValues(q.name(), q.kcal(), q.proteinG(), q.carbsG(), q.fatG()), 0);
    }

    /** A food entry with a new amount or portion (when given). */
    static Entry amendFood(Entry e, Food food, UpdateEntryRequest u) {
        Amounts.Resolved r = Amounts.forFood(food, u.amount() != null ? u.amount() : e.amount(),
                u.portion() != null ? u.portion() : e.unit());
        return new Entry(e.id(), e.day(), e.mealId(), e.position(), e.kind(), e.foodId(), null, r.amount(),
                r.unit(), r.grams(), null, e.createdAt());
    }

    static Entry amendRecipe(Entry e, Recipe recipe, UpdateEntryRequest u) {
        Amounts.Resolved r = Amounts.forRecipe(recipe, u.amount() != null ? u.amount() : e.amount(),
                u.portion() != null ? u.portion() : e.unit());
        return new Entry(e.id(), e.day(), e.mealId(), e.position(), e.kind(), null, e.recipeId(), r.amount(),
                r.unit(), r.grams(), null, e.createdAt());
    }

    /** A quick add with the values given changed; others keep theirs. */
    static Entry amendQuick(Entry e, UpdateEntryRequest u) {
        Entry.QuickValues q = e.quick();
        Entry.QuickValues changed = new Entry.QuickValues(pick(u.name(), q.name()),
                u.kcal() != null ? u.kcal() : q.kcal(), pick(u.protein(), q.proteinG()),
                pick(u.carbs(), q.carbsG()), pick(u.fat(), q.fatG()));
        return new Entry(e.id(), e.day(), e.mealId(), e.position(), e.kind(), null, null, null, null, null,
                changed, e.createdAt());
    }

    private static <T> T pick(UpdateEntryRequest.Change<T> change, T before) {
        return change == null ? before : change.value();
    }
}
