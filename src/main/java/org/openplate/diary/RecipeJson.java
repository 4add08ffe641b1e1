package org.openplate.diary;

import java.util.List;
import org.openplate.nutrition.NutrientCatalog;

/** A recipe in the API: ingredients, servings, and per-serving calories and macros. */
record RecipeJson(long id, String name, double servings, String notes, double totalGrams, double gramsPerServing,
                  List<IngredientJson> ingredients, Double kcalPerServing, Double proteinGPerServing,
                  Double carbsGPerServing, Double fatGPerServing, java.util.Map<String, Double> nutrientsPerServing,
                  List<String> incompleteNutrients) {

    record IngredientJson(long foodId, String name, double amount, String portion, double grams, Double kcal) {
    }

    static RecipeJson of(RecipeService.RecipeView v) {
        Recipe r = v.recipe();
        List<IngredientJson> ing = new java.util.ArrayList<>();
        for (int i = 0; i < r.ingredients().size(); i++) {
            Recipe.Ingredient in = r.ingredients().get(i);
            ing.add(new IngredientJson(in.foodId(), v.ingredients().get(i).name(), in.amount(), in.unit(),
                    DiaryJson.r(in.grams()), DiaryJson.r(v.ingredients().get(i).kcal())));
        }
        java.util.Map<String, Double> per = new java.util.LinkedHashMap<>();
        v.perServing().forEachKnown((n, val) -> per.put(n.id(), DiaryJson.r(val)));
        return new RecipeJson(r.id(), r.name(), r.servings(), r.notes(), DiaryJson.r(r.totalGrams()),
                DiaryJson.r(r.ingredients().isEmpty() ? 0 : r.gramsPerServing()), ing,
                DiaryJson.r(v.perServing(NutrientCatalog.ENERGY)), DiaryJson.r(v.perServing(NutrientCatalog.PROTEIN)),
                DiaryJson.r(v.perServing(NutrientCatalog.CARBS)), DiaryJson.r(v.perServing(NutrientCatalog.FAT)), per,
                v.incomplete().stream().sorted().toList());
    }
}
