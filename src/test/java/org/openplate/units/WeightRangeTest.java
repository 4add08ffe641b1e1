package org.openplate.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openplate.common.BadInputException;

class WeightRangeTest {

    @Test
    void theEndsInPoundsAreRoundedInwardsFromTheOneKilogramRange() {
        assertEquals(25, WeightRange.low(UnitSystem.METRIC));
        assertEquals(400, WeightRange.high(UnitSystem.METRIC));
        assertEquals(56, WeightRange.low(UnitSystem.US), "25 kg is 55.1 lb");
        assertEquals(881, WeightRange.high(UnitSystem.US), "400 kg is 881.8 lb");
        assertEquals("between 56 and 881 lb (25 to 400 kg)", WeightRange.text(UnitSystem.US));
        assertEquals("between 25 and 400 kg (56 to 881 lb)", WeightRange.text(UnitSystem.METRIC));
    }

    @Test
    void everyWholeNumberInsideTheShownRangeIsAcceptedAndTheNextOutsideIsNot() {
        for (UnitSystem u : UnitSystem.values()) {
            double perUnit = u == UnitSystem.US ? Measures.KG_PER_LB : 1;
            for (long v = WeightRange.low(u); v <= WeightRange.high(u); v++) {
                assertTrue(WeightRange.contains(v * perUnit), v + " " + u);
            }
            assertFalse(WeightRange.contains((WeightRange.low(u) - 1) * perUnit));
            assertFalse(WeightRange.contains((WeightRange.high(u) + 1) * perUnit));
        }
        assertFalse(WeightRange.contains(Double.NaN));
    }

    @Test
    void aSeededSweepAgreesWithTheKilogramBounds() {
        Random r = new Random(20261201);
        for (int i = 0; i < 10_000; i++) {
            double kg = r.nextDouble() * 500;
            assertEquals(kg >= 25 && kg <= 400, WeightRange.contains(kg), "kg " + kg);
        }
    }

    @Test
    void theRefusalNamesTheFieldAndTheRangeInTheUsersUnits() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> WeightRange.check(1000, "Target weight", "targetWeight", UnitSystem.US));
        assertEquals("targetWeight", e.field());
        assertEquals("Target weight must be between 56 and 881 lb (25 to 400 kg).", e.getMessage());
        assertEquals(70, WeightRange.check(70, "Weight", "weight", UnitSystem.METRIC));
    }
}
