package org.openplate.diary;

/**
 * A food or a recipe entry: {@code amount} of {@code unit} (a portion name, g, oz, ml or serving)
 * weighing {@code grams}.
 */
sealed interface PortionEntry extends Entry permits FoodEntry, RecipeEntry {

    double amount();

    String unit();

    double grams();
}
