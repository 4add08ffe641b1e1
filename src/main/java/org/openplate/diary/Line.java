package org.openplate.diary;

import org.openplate.nutrition.NutrientAmounts;
import org.openplate.nutrition.NutrientCatalog;

/**
 * One diary entry as shown: what it is, how much, and its nutrient amounts (unknown kept apart from 0).
 *
 * @param description the amount, e.g. "1 cup (244 g)"
 * @param units       the units the entry can be changed to (the food's portions, g, oz, ml)
 */
public record Line(long id, java.time.LocalDate day, EntryKind kind, long mealId, String name, String description, Long foodId,
                   Long recipeId, Double amount, String unit, Double grams, NutrientAmounts nutrients,
                   java.util.List<String> units) {

    public Line {
        java.util.Objects.requireNonNull(nutrients);
        units = units == null ? java.util.List.of() : java.util.List.copyOf(units);
    }

    public Double kcal() {
        return nutrients.orNull(NutrientCatalog.ENERGY);
    }

    public Double protein() {
        return nutrients.orNull(NutrientCatalog.PROTEIN);
    }

    public Double carbs() {
        return nutrients.orNull(NutrientCatalog.CARBS);
    }

    public Double fat() {
        return nutrients.orNull(NutrientCatalog.FAT);
    }
}
