package org.openplate.diary;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored diary entry. For a food or recipe: {@code amount} of {@code unit} (a portion name, g,
 * oz, ml or serving) weighing {@code grams}. For a quick add: a label with calories and optional
 * macros (grams null).
 */
public record Entry(long id, LocalDate day, long mealId, int position, EntryKind kind, Long foodId, Long recipeId,
                    Double amount, String unit, Double grams, QuickValues quick, long createdAt) {

    public Entry {
        Objects.requireNonNull(day);
        Objects.requireNonNull(kind);
    }

    /** Calories and macros typed in directly. */
    public record QuickValues(String name, double kcal, Double proteinG, Double carbsG, Double fatG) {
    }

    Entry withPlace(LocalDate newDay, long newMeal, int newPosition) {
        return new Entry(id, newDay, newMeal, newPosition, kind, foodId, recipeId, amount, unit, grams, quick,
                createdAt);
    }
}
