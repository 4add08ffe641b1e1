package org.openplate.diary;

import java.time.LocalDate;
import java.util.Objects;

/** A recipe logged by servings or grams: {@code amount} of {@code unit} weighing {@code grams}. */
public record RecipeEntry(long id, LocalDate day, long mealId, int position, long recipeId, double amount,
                          String unit, double grams, long createdAt) implements PortionEntry {

    public RecipeEntry {
        Objects.requireNonNull(day);
        Objects.requireNonNull(unit);
    }

    @Override
    public EntryKind kind() {
        return EntryKind.RECIPE;
    }

    @Override
    public RecipeEntry withPlace(LocalDate newDay, long newMeal, int newPosition) {
        return new RecipeEntry(id, newDay, newMeal, newPosition, recipeId, amount, unit, grams, createdAt);
    }

    @Override
    public RecipeEntry stored(long newId, long stored) {
        return new RecipeEntry(newId, day, mealId, position, recipeId, amount, unit, grams, stored);
    }
}
