package org.openplate.diary;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Calories and macros typed in directly.
 *
 * @param name     the label, or null ("Quick add")
 * @param proteinG null when not given (likewise carbs and fat)
 */
public record QuickEntry(long id, LocalDate day, long mealId, int position, String name, double kcal,
                         Double proteinG, Double carbsG, Double fatG, long createdAt) implements Entry {

    public QuickEntry {
        Objects.requireNonNull(day);
    }

    @Override
    public EntryKind kind() {
        return EntryKind.QUICK;
    }

    @Override
    public QuickEntry withPlace(LocalDate newDay, long newMeal, int newPosition) {
        return new QuickEntry(id, newDay, newMeal, newPosition, name, kcal, proteinG, carbsG, fatG, createdAt);
    }

    @Override
    public QuickEntry stored(long newId, long stored) {
        return new QuickEntry(newId, day, mealId, position, name, kcal, proteinG, carbsG, fatG, stored);
    }
}
