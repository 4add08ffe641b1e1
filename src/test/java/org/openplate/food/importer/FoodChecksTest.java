package org.openplate.food.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openplate.food.FoodRecord;
import org.openplate.nutrition.Nutrients;

class FoodChecksTest {

    private static FoodRecord food(String name, String barcode, Object... idValue) {
        Map<String, Double> m = new HashMap<>();
        for (int i = 0; i < idValue.length; i += 2) {
            m.put((String) idValue[i], ((Number) idValue[i + 1]).doubleValue());
        }
        return new FoodRecord("test", "1", name, null, null, barcode, new Nutrients(m), List.of(), null, null, null);
    }

    @Test
    void consistentFoodIsAcceptedWithoutFlags() {
        // bananas, raw: 4·1.09 + 4·22.84 + 9·0.33 = 98.7 kcal against 89 (within 20 kcal)
        FoodChecks.Verdict v = FoodChecks.check(food("Bananas", null, "energy", 89, "protein", 1.09, "carbs", 22.84,
                "fat", 0.33, "water", 74.91));
        assertTrue(v.accepted());
        assertNull(v.rejection());
        assertTrue(v.flags().isEmpty());
    }

    @Test
    void negativeValueIsRejected() {
        FoodChecks.Verdict v = FoodChecks.check(food("Sauce", null, "sodium", -5));
        assertFalse(v.accepted());
        assertEquals("negative value for sodium (-5.0)", v.rejection());
    }

    @Test
    void macrosAndWaterOverHundredGramsAreRejected() {
        FoodChecks.Verdict over = FoodChecks.check(food("Heavy", null, "protein", 30, "fat", 30, "carbs", 30,
                "water", 10.5));
        assertEquals("protein + fat + carbohydrate + water is 100.5 g per 100 g (over 100 g)", over.rejection());
        // exactly 100 g is fine (oils, sugar)
        assertTrue(FoodChecks.check(food("Oil", null, "fat", 100, "energy", 884, "protein", 0, "carbs", 0))
                .accepted());
    }

    @Test
    void energyFarFromMacrosIsFlaggedNotRejected() {
        // kJ typed into the kcal column: 2252 against 4·6.3 + 4·57.5 + 9·30.9 = 533 kcal
        FoodChecks.Verdict v = FoodChecks.check(food("Spread", null, "energy", 2252, "protein", 6.3, "carbs", 57.5,
                "fat", 30.9));
        assertTrue(v.accepted());
        assertEquals(List.of("energy 2252 kcal differs from 533 kcal computed from the macros"), v.flags());
    }

    @Test
    void energyToleranceIsTwentyKcalOrTwentyPercent() {
        // 100 kcal from macros: 120 is exactly at the 20 kcal / 20 % limit, 121 is over it
        assertTrue(FoodChecks.check(food("A", null, "energy", 120, "protein", 0, "carbs", 25, "fat", 0)).flags()
                .isEmpty());
        assertEquals(1, FoodChecks.check(food("A", null, "energy", 121, "protein", 0, "carbs", 25, "fat", 0)).flags()
                .size());
        // 1000 kcal from macros: 20 % (200 kcal) is the larger tolerance
        assertTrue(FoodChecks.check(food("B", null, "energy", 1190, "protein", 0, "carbs", 0, "fat", 1000.0 / 9))
                .flags().isEmpty());
        // alcohol counts at 7 kcal/g
        assertTrue(FoodChecks.check(food("Beer", null, "energy", 43, "protein", 0.5, "carbs", 3.6, "fat", 0,
                "alcohol", 3.9)).flags().isEmpty());
    }

    @Test
    void energyIsNotCheckedWhenAMacroIsUnknown() {
        assertTrue(FoodChecks.check(food("C", null, "energy", 500, "protein", 1, "carbs", 1)).flags().isEmpty());
    }

    @Test
    void blankNameAndBadBarcodeAreRejected() {
        assertEquals("name is empty", FoodChecks.check(food(" ", null)).rejection());
        assertEquals("bad barcode check digit or length: 4006381333932",
                FoodChecks.check(food("Bar", "4006381333932")).rejection());
        assertTrue(FoodChecks.check(food("Bar", "4006381333931")).accepted());
    }

    @Test
    void controlCharactersInImportedTextAreRejectedNamingTheColumn() {
        assertEquals("name contains an invisible control character", FoodChecks.check(food("Oats\u0000", null))
                .rejection());
        assertEquals("brand contains an invisible control character", FoodChecks.check(new FoodRecord("test", "1",
                "Oats", "Acme\u001b", null, null, null, List.of(), null, null, null)).rejection());
        assertEquals("a portion name contains an invisible control character", FoodChecks.check(new FoodRecord("test",
                "1", "Oats", null, null, null, null, List.of(new org.openplate.nutrition.Portion("1\u0000cup", 80)),
                null, null, null)).rejection());
        assertNull(FoodChecks.check(food("Crème brûlée", null)).rejection());
    }
}
