package org.openplate.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openplate.energy.HealthyWeight;

class HealthWarningTest {

    private static final double FIVE_FOUR = 162.56;

    @Test
    void theIssuesExamplesInPoundsAndInKilograms() {
        HealthWarning w = HealthWarning.target(Measures.lbToKg(100), FIVE_FOUR, UnitSystem.US, 1640.4).orElseThrow();
        assertEquals(HealthWarning.TARGET, w.code());
        assertEquals("Your target of 100.0 lb is below a healthy weight for 5 ft 4 in: the healthy range starts at"
                + " 108 lb (a BMI of 18.5, World Health Organization). Consider a target of at least 108 lb and eating"
                + " to maintain it there (about 1,640 kcal a day).", w.message());
        HealthWarning p = HealthWarning.plateau(Measures.lbToKg(95.6), FIVE_FOUR, UnitSystem.METRIC, null).orElseThrow();
        assertTrue(p.message().startsWith("At this goal your weight levels off near 43.4 kg, which is below a healthy"
                + " weight for 162.6 cm: the healthy range starts at 49 kg"), p.message());
        assertFalse(p.message().contains("lb"));
        assertTrue(HealthWarning.target(Measures.lbToKg(115), FIVE_FOUR, UnitSystem.US, null).isEmpty());
        assertTrue(HealthWarning.target(40, null, UnitSystem.US, null).isEmpty(), "no height, no judgement");
    }

    /** Property-style: the bound shown is itself healthy, and one unit less is not. */
    @Test
    void theRoundedBoundIsHealthyAndOneUnitLessIsNotInASeededSweep() {
        Random r = new Random(185);
        for (int i = 0; i < 10_000; i++) {
            double cm = 100 + r.nextDouble() * 150;
            for (UnitSystem u : UnitSystem.values()) {
                long shown = HealthWarning.healthyMin(cm, u);
                double perUnit = u == UnitSystem.US ? Measures.KG_PER_LB : 1;
                assertFalse(HealthyWeight.isBelow(shown * perUnit + 1e-9, cm), cm + " cm " + u);
                assertTrue(HealthyWeight.isBelow((shown - 1) * perUnit, cm), cm + " cm " + u);
                assertEquals(shown * perUnit, HealthWarning.healthyMinKg(cm, u), 1e-9);
            }
        }
    }
}
