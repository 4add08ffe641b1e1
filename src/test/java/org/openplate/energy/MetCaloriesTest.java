package org.openplate.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** MET arithmetic against cases worked by hand. */
class MetCaloriesTest {

    @Test
    void grossAndNetAgainstHandComputedCases() {
        // 2.3 MET × 3.5 × 70 kg ÷ 200 = 2.8175 kcal/min; 20 min = 56.35 kcal
        assertEquals(2.8175, MetCalories.kcalPerMinute(2.3, 70, false), 1e-12);
        assertEquals(56.35, MetCalories.kcal(2.3, 70, 20, false), 1e-9);
        // net: 1.3 × 3.5 × 70 ÷ 200 = 1.5925 kcal/min; 20 min = 31.85 kcal
        assertEquals(31.85, MetCalories.kcal(2.3, 70, 20, true), 1e-9);
        // running 9.8 MET, 80 kg, 30 min: 9.8 × 3.5 × 80 ÷ 200 × 30 = 411.6 kcal
        assertEquals(411.6, MetCalories.kcal(9.8, 80, 30, false), 1e-9);
        // 1 MET net of rest is nothing
        assertEquals(0, MetCalories.kcal(1.0, 80, 30, true), 1e-12);
        assertEquals(0, MetCalories.kcal(0.9, 80, 30, true), 1e-12, "never negative");
    }

    @Test
    void boundsAndSets() {
        MetCalories.kcalPerMinute(0.9, 60, false);
        MetCalories.kcalPerMinute(25, 60, false);
        assertThrows(IllegalArgumentException.class, () -> MetCalories.kcalPerMinute(0.89, 60, false));
        assertThrows(IllegalArgumentException.class, () -> MetCalories.kcalPerMinute(25.01, 60, false));
        assertThrows(IllegalArgumentException.class, () -> MetCalories.kcal(3, 60, 0, false));
        assertThrows(IllegalArgumentException.class, () -> MetCalories.kcalPerMinute(3, 0, false));
        assertEquals(7.5, MetCalories.minutesForSets(3), 1e-12);
    }
}
