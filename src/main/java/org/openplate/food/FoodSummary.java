package org.openplate.food;

import org.openplate.nutrition.NutrientCatalog;
import org.openplate.nutrition.Portion;

/** A search result: names, source, energy per 100 g and per its most common portion. */
public record FoodSummary(long id, String name, String displayName, String brand, String source, String sourceId,
                          boolean custom, Double kcalPer100g, Double proteinPer100g, Double fatPer100g,
                          Double carbsPer100g, String commonPortion, Double commonPortionGrams,
                          Double kcalPerCommonPortion) {

    public static FoodSummary of(Food f) {
        Double kcal = boxed(f, NutrientCatalog.ENERGY);
        Portion p = f.commonPortion().orElse(null);
        return new FoodSummary(f.id(), f.name(), f.displayName(), f.brand(), f.source(), f.sourceId(), f.custom(), kcal,
                boxed(f, NutrientCatalog.PROTEIN), boxed(f, NutrientCatalog.FAT), boxed(f, NutrientCatalog.CARBS),
                p == null ? null : p.name(), p == null ? null : p.grams(),
                p == null || kcal == null ? null : kcal * p.grams() / 100.0);
    }

    private static Double boxed(Food f, String id) {
        var v = f.nutrients().get(id);
        return v.isPresent() ? v.getAsDouble() : null;
    }
}
