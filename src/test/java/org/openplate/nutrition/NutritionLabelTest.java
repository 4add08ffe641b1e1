package org.openplate.nutrition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** FDA rounding (21 CFR 101.9(c)) and % Daily Value on the Nutrition Facts panel. */
class NutritionLabelTest {

    @Test
    void calorieRounding() {
        assertEquals(0, NutritionLabel.calories(4.9));
        assertEquals(5, NutritionLabel.calories(5));
        assertEquals(45, NutritionLabel.calories(47.4));
        assertEquals(50, NutritionLabel.calories(50));
        assertEquals(110, NutritionLabel.calories(105.02));
        assertEquals(100, NutritionLabel.calories(104.9));
    }

    @Test
    void nutrientRounding() {
        assertEquals("0g", NutritionLabel.fatGrams(0.49));
        assertEquals("2.5g", NutritionLabel.fatGrams(2.6));
        assertEquals("7g", NutritionLabel.fatGrams(6.6));
        assertEquals("0mg", NutritionLabel.cholesterol(1.9));
        assertEquals("less than 5mg", NutritionLabel.cholesterol(4));
        assertEquals("25mg", NutritionLabel.cholesterol(23));
        assertEquals("0mg", NutritionLabel.sodium(4));
        assertEquals("135mg", NutritionLabel.sodium(137));
        assertEquals("150mg", NutritionLabel.sodium(147));
        assertEquals("less than 1g", NutritionLabel.lessThanOneGram(0.7));
        assertEquals("0g", NutritionLabel.lessThanOneGram(0.4));
        assertEquals("27g", NutritionLabel.grams(26.95));
    }

    @Test
    void aMediumBananaMatchesUsdaTimesTheServing() {
        // USDA SR24 09040 per 100 g; a medium banana is 118 g
        Map<String, Double> per100 = new java.util.HashMap<>(Map.of("energy", 89.0, "fat", 0.33, "saturated_fat", 0.112,
                "carbs", 22.84, "fiber", 2.6, "sugars", 12.23, "protein", 1.09, "sodium", 1.0, "potassium", 358.0));
        per100.putAll(Map.of("vitamin_d", 0.0, "calcium", 5.0, "iron", 0.26));
        Nutrients banana = new Nutrients(per100);
        NutritionLabel label = NutritionLabel.of(banana, 118);
        assertEquals(Long.toString(NutritionLabel.calories(89 * 1.18)), label.calories());
        var lines = label.lines().stream().collect(java.util.stream.Collectors.toMap(NutritionLabel.Line::nutrientId,
                l -> l));
        assertEquals(Math.round(22.84 * 1.18) + "g", lines.get("carbs").display());
        assertEquals((int) Math.round(22.84 * 1.18 / 275 * 100), lines.get("carbs").percentDv());
        assertEquals(Math.round(2.6 * 1.18) + "g", lines.get("fiber").display());
        assertEquals(Math.round(358 * 1.18) + "mg", lines.get("potassium").display());
        assertEquals((int) Math.round(358 * 1.18 / 4700 * 100), lines.get("potassium").percentDv());
        assertEquals("0mg", lines.get("sodium").display());
        assertNull(lines.get("cholesterol").display(), "not measured shows as unknown, not zero");
        assertNull(lines.get("trans_fat").display());
    }
}
