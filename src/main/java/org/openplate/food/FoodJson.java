package org.openplate.food;

import java.util.ArrayList;
import java.util.List;
import org.openplate.nutrition.Nutrient;
import org.openplate.nutrition.NutrientCatalog;

/** The API's food detail: nutrients (catalogue order) and portions. */
record FoodJson(long id, String name, String displayName, String brand, String source, String sourceId,
                       boolean custom, String foodGroup, String barcode, Double kcalPer100g,
                       Factors energyFactors, List<NutrientJson> nutrients, List<PortionJson> portions,
                       List<String> flags, String updatedAt) {

    public record NutrientJson(String id, String name, String unit, double per100g) {
    }

    public record PortionJson(String name, double grams) {
    }

    /** kcal per g of protein, fat and carbohydrate that the source used (USDA pcf/fcf/ccf). */
    public record Factors(Double protein, Double fat, Double carbohydrate) {
    }

    public static FoodJson of(Food f) {
        List<NutrientJson> nutrients = new ArrayList<>();
        for (Nutrient n : NutrientCatalog.all()) {
            f.nutrients().get(n.id()).ifPresent(v -> nutrients.add(new NutrientJson(n.id(), n.name(), n.unit(), v)));
        }
        List<PortionJson> portions = f.portions().stream().map(p -> new PortionJson(p.name(), p.grams())).toList();
        Double kcal = f.kcalPer100g().isPresent() ? f.kcalPer100g().getAsDouble() : null;
        Factors factors = f.proteinFactor() == null && f.fatFactor() == null && f.carbFactor() == null ? null
                : new Factors(f.proteinFactor(), f.fatFactor(), f.carbFactor());
        return new FoodJson(f.id(), f.name(), f.displayName(), f.brand(), f.source(), f.sourceId(), f.custom(),
                f.foodGroup(), f.barcode(), kcal, factors, nutrients, portions, f.flags(), f.updatedAt().toString());
    }
}
