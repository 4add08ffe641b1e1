package org.openplate.diary;

import java.time.LocalDate;
import java.util.Objects;

/** A food logged by weight: {@code amount} of {@code unit} weighing {@code grams}. */
public record FoodEntry(long id, LocalDate day, long mealId, int position, long foodId, double amount, String unit,
                        double grams, long createdAt) implements PortionEntry {

    public FoodEntry {
        Objects.requireNonNull(day);
        Objects.requireNonNull(unit);
    }

    @Override
    public EntryKind kind() {
        return EntryKind.FOOD;
    }

    @Override
    public FoodEntry withPlace(LocalDate newDay, long newMeal, int newPosition) {
        return new FoodEntry(id, newDay, newMeal, newPosition, foodId, amount, unit, grams, createdAt);
    }

    @Override
    public FoodEntry stored(long newId, long stored) {
        return new FoodEntry(newId, day, mealId, position, foodId, amount, unit, grams, stored);
    }
}
