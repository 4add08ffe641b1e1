package org.openplate.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyGoalTest {

    @Test
    void theWidgetsNineGoalsInOrder() {
        List<String> codes = Arrays.stream(WeeklyGoal.values()).map(WeeklyGoal::code).toList();
        assertEquals(List.of("gain-2", "gain-1.5", "gain-1", "gain-0.5", "maintain", "lose-0.5", "lose-1", "lose-1.5",
                "lose-2"), codes);
    }

    @Test
    void fiveHundredKcalPerPoundPerWeek() {
        assertEquals(-1000, WeeklyGoal.LOSE_2.dailyKcalDelta(), 1e-9);
        assertEquals(-250, WeeklyGoal.LOSE_0_5.dailyKcalDelta(), 1e-9);
        assertEquals(0, WeeklyGoal.MAINTAIN.dailyKcalDelta(), 1e-9);
        assertEquals(750, WeeklyGoal.GAIN_1_5.dailyKcalDelta(), 1e-9);
        assertEquals(-0.45359237, WeeklyGoal.LOSE_1.kgPerWeek(), 1e-12);
    }

    @Test
    void labelsInBothUnitSystems() {
        assertEquals("Lose 1 lb per week", WeeklyGoal.LOSE_1.label(false));
        assertEquals("Lose 0.45 kg per week", WeeklyGoal.LOSE_1.label(true));
        assertEquals("Gain 1.5 lb per week", WeeklyGoal.GAIN_1_5.label(false));
        assertEquals("Gain 0.68 kg per week", WeeklyGoal.GAIN_1_5.label(true));
        assertEquals("Maintain my weight", WeeklyGoal.MAINTAIN.label(true));
        for (WeeklyGoal g : WeeklyGoal.values()) {
            assertEquals(g, WeeklyGoal.fromCode(g.code()).orElseThrow());
        }
        assertTrue(WeeklyGoal.fromCode("lose-3").isEmpty());
    }

    @Test
    void activityFactorsAreTheConventionalTable() {
        assertEquals(List.of(1.2, 1.375, 1.55, 1.725, 1.9),
                Arrays.stream(ActivityLevel.values()).map(ActivityLevel::factor).toList());
        assertEquals(ActivityLevel.VERY, ActivityLevel.fromCode("very").orElseThrow());
    }
}
