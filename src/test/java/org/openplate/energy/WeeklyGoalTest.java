package org.openplate.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class WeeklyGoalTest {

    @Test
    void theNineGoalsInTheWidgetsOrder() {
        assertEquals(List.of("gain-2", "gain-1.5", "gain-1", "gain-0.5", "maintain", "lose-0.5", "lose-1", "lose-1.5",
                "lose-2"), Arrays.stream(WeeklyGoal.values()).map(WeeklyGoal::code).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "GAIN_2, 2, Gain 2 lb per week, Gain 0.91 kg per week",
        "GAIN_1_5, 1.5, Gain 1.5 lb per week, Gain 0.68 kg per week",
        "GAIN_1, 1, Gain 1 lb per week, Gain 0.45 kg per week",
        "GAIN_0_5, 0.5, Gain 0.5 lb per week, Gain 0.23 kg per week",
        "MAINTAIN, 0, Maintain my weight, Maintain my weight",
        "LOSE_0_5, -0.5, Lose 0.5 lb per week, Lose 0.23 kg per week",
        "LOSE_1, -1, Lose 1 lb per week, Lose 0.45 kg per week",
        "LOSE_1_5, -1.5, Lose 1.5 lb per week, Lose 0.68 kg per week",
        "LOSE_2, -2, Lose 2 lb per week, Lose 0.91 kg per week"})
    void ratesDeltasAndLabels(WeeklyGoal goal, double lb, String usLabel, String metricLabel) {
        assertEquals(lb, goal.lbPerWeek(), 0);
        assertEquals(lb * 0.45359237, goal.kgPerWeek(), 1e-12);
        assertEquals(lb * 3500 / 7, goal.dailyKcalDelta(), 1e-9, "3,500 kcal per lb spread over 7 days");
        assertEquals(usLabel, goal.label(false));
        assertEquals(metricLabel, goal.label(true));
    }

    @Test
    void fiveHundredKcalPerPoundPerWeek() {
        assertEquals(-1000, WeeklyGoal.LOSE_2.dailyKcalDelta(), 1e-9);
        assertEquals(-250, WeeklyGoal.LOSE_0_5.dailyKcalDelta(), 1e-9);
        assertEquals(0, WeeklyGoal.MAINTAIN.dailyKcalDelta(), 1e-9);
        assertEquals(750, WeeklyGoal.GAIN_1_5.dailyKcalDelta(), 1e-9);
    }

    @ParameterizedTest
    @EnumSource(WeeklyGoal.class)
    void codesRoundTrip(WeeklyGoal goal) {
        assertEquals(goal, WeeklyGoal.fromCode(goal.code()).orElseThrow());
        String shouted = " " + goal.code().toUpperCase(java.util.Locale.ROOT) + " ";
        assertEquals(goal, WeeklyGoal.fromCode(shouted).orElseThrow());
    }

    @Test
    void unknownGoalCodes() {
        assertTrue(WeeklyGoal.fromCode("lose-3").isEmpty());
        assertTrue(WeeklyGoal.fromCode("").isEmpty());
        assertTrue(WeeklyGoal.fromCode(null).isEmpty());
    }

    @Test
    void activityFactorsAreTheConventionalTable() {
        assertEquals(List.of(1.2, 1.375, 1.55, 1.725, 1.9),
                Arrays.stream(ActivityLevel.values()).map(ActivityLevel::factor).toList());
        assertEquals(List.of("sedentary", "light", "moderate", "very", "extra"),
                Arrays.stream(ActivityLevel.values()).map(ActivityLevel::code).toList());
        assertEquals("Lightly active (light exercise 1-3 days/week)", ActivityLevel.LIGHT.label());
    }

    @ParameterizedTest
    @EnumSource(ActivityLevel.class)
    void activityCodesRoundTrip(ActivityLevel level) {
        assertEquals(level, ActivityLevel.fromCode(level.code()).orElseThrow());
        assertTrue(level.label().length() > level.code().length());
    }

    @Test
    void unknownActivityCodes() {
        assertTrue(ActivityLevel.fromCode("lazy").isEmpty());
        assertTrue(ActivityLevel.fromCode(null).isEmpty());
    }
}
