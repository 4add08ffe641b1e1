package org.openplate.diary;

import java.util.List;

/** A user's recipe: ingredients with amounts, making {@code servings} servings. */
public record Recipe(long id, String name, double servings, String notes, List<Ingredient> ingredients) {

    public static final int MAX_INGREDIENTS = 100;
    public static final double MAX_SERVINGS = 1000;

    public Recipe {
        ingredients = List.copyOf(ingredients);
    }

    /** One ingredient: {@code amount} of {@code unit} of a food, weighing {@code grams}. */
    public record Ingredient(long foodId, double amount, String unit, double grams) {
    }

    public double totalGrams() {
        return ingredients.stream().mapToDouble(Ingredient::grams).sum();
    }

    public double gramsPerServing() {
        return totalGrams() / servings;
    }
}
