package org.openplate.nutrition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NutrientTotalsAndVolumesTest {

    @Test
    void missingValuesAreCountedNotSummedAsZero() {
        NutrientTotals t = NutrientTotals.of(List.of(
                NutrientAmounts.of(Map.of("energy", 100.0, "vitamin_c", 10.0)),
                NutrientAmounts.of(Map.of("energy", 50.0)),
                NutrientAmounts.of(Map.of("energy", 25.5, "vitamin_c", 0.0))));
        assertEquals(175.5, t.total("energy").getAsDouble(), 1e-9);
        assertEquals(0, t.missing("energy"));
        assertEquals(10.0, t.total("vitamin_c").getAsDouble(), 1e-9);
        assertEquals(1, t.missing("vitamin_c"), "the middle item has no value");
        assertFalse(t.total("iron").isPresent(), "no item has iron: unknown, not 0");
        assertEquals(3, t.missing("iron"));
        NutrientTotals both = t.plus(NutrientTotals.of(List.of(NutrientAmounts.of(Map.of("iron", 2.0)))));
        assertEquals(4, both.items());
        assertEquals(3, both.missing("iron"));
        assertEquals(2, both.missing("vitamin_c"));
    }

    @Test
    void householdVolumesGiveDensity() {
        assertEquals(Volumes.ML_PER_US_CUP, Volumes.millilitres("1 cup").getAsDouble(), 1e-9);
        assertEquals(Volumes.ML_PER_US_CUP / 4, Volumes.millilitres("1/4 cup, chopped").getAsDouble(), 1e-9);
        assertEquals(2 * Volumes.ML_PER_US_TBSP, Volumes.millilitres("2 tbsp").getAsDouble(), 1e-9);
        assertEquals(Volumes.ML_PER_US_FL_OZ, Volumes.millilitres("1 fl oz").getAsDouble(), 1e-9);
        assertEquals(1.5 * Volumes.ML_PER_US_CUP, Volumes.millilitres("1 1/2 cup").getAsDouble(), 1e-9);
        assertFalse(Volumes.millilitres("1 large").isPresent());
        assertFalse(Volumes.millilitres("1 lb").isPresent());
        assertFalse(Volumes.millilitres("1 cup slices").isPresent(), "a qualifier needs a comma");
        // 2% milk: 1 cup = 244 g → 1.031 g/ml
        double density = Volumes.gramsPerMl(List.of(new Portion("1 medium", 118), new Portion("1 cup", 244)))
                .getAsDouble();
        assertEquals(244 / 236.5882365, density, 1e-9);
        assertTrue(Volumes.gramsPerMl(List.of(new Portion("1 slice", 30))).isEmpty());
    }
}
