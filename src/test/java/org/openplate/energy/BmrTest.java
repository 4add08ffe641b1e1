package org.openplate.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The published test vectors (shared reference, "Resting energy (BMR)"). */
class BmrTest {

    @Test
    void mifflinStJeorVectors() {
        assertEquals(1780.0, Bmr.mifflinStJeor(Sex.MALE, 80, 180, 30), 0.05);
        assertEquals(1320.25, Bmr.mifflinStJeor(Sex.FEMALE, 60, 165, 30), 0.005);
    }

    @Test
    void revisedHarrisBenedictVectors() {
        assertEquals(1853.6, Bmr.harrisBenedictRevised(Sex.MALE, 80, 180, 30), 0.05);
        assertEquals(1383.7, Bmr.harrisBenedictRevised(Sex.FEMALE, 60, 165, 30), 0.05);
    }

    @Test
    void katchMcArdleVector() {
        assertEquals(1838.8, Bmr.katchMcArdle(80, 15), 0.05);
    }

    @Test
    void dispatchByEquationAndKatchNeedsBodyFat() {
        assertEquals(1780.0, Bmr.of(BmrEquation.MIFFLIN_ST_JEOR, Sex.MALE, 80, 180, 30, null), 0.05);
        assertEquals(1853.6, Bmr.of(BmrEquation.HARRIS_BENEDICT_REVISED, Sex.MALE, 80, 180, 30, null), 0.05);
        assertEquals(1838.8, Bmr.of(BmrEquation.KATCH_MCARDLE, Sex.MALE, 80, 180, 30, 15.0), 0.05);
        assertThrows(IllegalArgumentException.class, () -> Bmr.of(BmrEquation.KATCH_MCARDLE, Sex.MALE, 80, 180, 30, null));
    }

    @Test
    void codesRoundTrip() {
        for (BmrEquation e : BmrEquation.values()) {
            assertEquals(e, BmrEquation.fromCode(e.code()).orElseThrow());
        }
        for (Sex s : Sex.values()) {
            assertEquals(s, Sex.fromCode(s.code()).orElseThrow());
        }
        assertEquals(java.util.Optional.empty(), Sex.fromCode("x"));
    }
}
