package org.openplate.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CalorieGoalCalculatorTest {

    private final CalorieGoalCalculator calc = new CalorieGoalCalculator();

    static Stream<Arguments> everyGoalSexAndActivity() {
        return Stream.of(WeeklyGoal.values()).flatMap(g -> Stream.of(Sex.values()).flatMap(s ->
                Stream.of(ActivityLevel.values()).map(a -> Arguments.of(g, s, a))));
    }

    /** 9 goals × 2 sexes × 5 activity levels for a 35-year-old, 170 cm, 70 kg person. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyGoalSexAndActivity")
    void everyCombinationFollowsTheFormula(WeeklyGoal goal, Sex sex, ActivityLevel activity) {
        double kg = 70;
        double cm = 170;
        int age = 35;
        double bmr = 10 * kg + 6.25 * cm - 5 * age + (sex == Sex.MALE ? 5 : -161);
        double[] factors = {1.2, 1.375, 1.55, 1.725, 1.9};
        double maintenance = bmr * factors[activity.ordinal()];
        double lbPerWeek = Double.parseDouble(goal.code().replace("gain-", "").replace("lose-", "-")
                .replace("maintain", "0"));
        long raw = Math.round(maintenance + 500 * lbPerWeek);
        int floor = sex == Sex.MALE ? 1500 : 1200;

        CalorieGoalResult r = calc.calculate(CalorieGoalInput.of(sex, cm, kg, age, activity, goal));

        assertEquals(bmr, r.bmrKcal(), 1e-9);
        assertEquals(maintenance, r.maintenanceKcal(), 1e-9);
        assertEquals(Math.max(floor, raw), r.dailyGoalKcal());
        assertEquals(raw < floor, r.floorApplied());
        assertEquals(lbPerWeek, r.requestedWeeklyChangeLb(), 1e-9);
        double expectedLb = raw < floor ? (floor - maintenance) / 500 : lbPerWeek;
        assertEquals(expectedLb, r.weeklyChangeLb(), 0.005);
        assertEquals(expectedLb * 0.45359237, r.weeklyChangeKg(), 0.005);
    }

    @Test
    void theFloorGivesTheAchievableRateAndSaysSo() {
        // woman, 40 y, 160 cm, 60 kg, sedentary: BMR 1239, maintenance 1486.8; lose-1 would be 987
        double maintenance = (10 * 60 + 6.25 * 160 - 5 * 40 - 161) * 1.2;
        CalorieGoalResult r = calc.calculate(CalorieGoalInput.of(Sex.FEMALE, 160, 60, 40, ActivityLevel.SEDENTARY,
                WeeklyGoal.LOSE_1));
        assertTrue(r.floorApplied());
        assertEquals(1200, r.dailyGoalKcal());
        assertEquals(-1.0, r.requestedWeeklyChangeLb());
        assertEquals(Math.round((1200 - maintenance) / 500 * 100) / 100.0, r.weeklyChangeLb(), 1e-9);
        assertTrue(r.weeklyChangeLb() < 0 && r.weeklyChangeLb() > -1);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("floor of 1,200 kcal")), r.warnings().toString());
    }

    @Test
    void whenMaintenanceIsBelowTheFloorTheFloorMeansASlowGain() {
        // woman, 60 y, 150 cm, 50 kg, sedentary: maintenance 1171.8 < 1,200
        double maintenance = (10 * 50 + 6.25 * 150 - 5 * 60 - 161) * 1.2;
        CalorieGoalResult r = calc.calculate(CalorieGoalInput.of(Sex.FEMALE, 150, 50, 60, ActivityLevel.SEDENTARY,
                WeeklyGoal.LOSE_2));
        assertTrue(r.floorApplied());
        assertEquals(Math.round((1200 - maintenance) / 500 * 100) / 100.0, r.weeklyChangeLb(), 1e-9);
        assertTrue(r.weeklyChangeLb() > 0);
    }

    @Test
    void menHaveTheHigherFloor() {
        CalorieGoalResult r = calc.calculate(CalorieGoalInput.of(Sex.MALE, 160, 55, 70, ActivityLevel.SEDENTARY,
                WeeklyGoal.LOSE_2));
        assertTrue(r.floorApplied());
        assertEquals(1500, r.dailyGoalKcal());
    }

    @Test
    void warnsWhenTheRateIsOverOnePercentOfBodyWeight() {
        // 2 lb = 0.907 kg/week > 1 % of 80 kg
        CalorieGoalResult fast = calc.calculate(CalorieGoalInput.of(Sex.MALE, 180, 80, 30, ActivityLevel.MODERATE,
                WeeklyGoal.LOSE_2));
        assertTrue(fast.warnings().stream().anyMatch(w -> w.contains("more than 1%")), fast.warnings().toString());
        // 1.5 lb = 0.68 kg/week < 0.8 kg
        CalorieGoalResult ok = calc.calculate(CalorieGoalInput.of(Sex.MALE, 180, 80, 30, ActivityLevel.MODERATE,
                WeeklyGoal.LOSE_1_5));
        assertFalse(ok.warnings().stream().anyMatch(w -> w.contains("more than 1%")));
        CalorieGoalResult gain = calc.calculate(CalorieGoalInput.of(Sex.FEMALE, 160, 45, 30, ActivityLevel.LIGHT,
                WeeklyGoal.GAIN_1));
        assertTrue(gain.warnings().stream().anyMatch(w -> w.contains("more than 1%")), "gains too");
    }

    @Test
    void warnsUnder18AndWhenUnderweightWantsToLose() {
        CalorieGoalResult teen = calc.calculate(CalorieGoalInput.of(Sex.FEMALE, 160, 55, 16, ActivityLevel.LIGHT,
                WeeklyGoal.MAINTAIN));
        assertTrue(teen.warnings().stream().anyMatch(w -> w.contains("adults")));
        CalorieGoalResult adult = calc.calculate(CalorieGoalInput.of(Sex.FEMALE, 160, 55, 18, ActivityLevel.LIGHT,
                WeeklyGoal.MAINTAIN));
        assertTrue(adult.warnings().isEmpty(), adult.warnings().toString());
        CalorieGoalResult thin = calc.calculate(CalorieGoalInput.of(Sex.FEMALE, 170, 50, 30, ActivityLevel.LIGHT,
                WeeklyGoal.LOSE_0_5));
        assertTrue(thin.warnings().stream().anyMatch(w -> w.contains("underweight")));
    }

    @Test
    void bmiAndItsCategoryBoundaries() {
        CalorieGoalResult r = calc.calculate(CalorieGoalInput.of(Sex.MALE, 180, 80, 30, ActivityLevel.LIGHT,
                WeeklyGoal.MAINTAIN));
        assertEquals(24.7, r.bmi(), 1e-9);
        assertEquals(BmiCategory.NORMAL, r.bmiCategory());
        assertEquals(BmiCategory.UNDERWEIGHT, BmiCategory.of(18.49));
        assertEquals(BmiCategory.NORMAL, BmiCategory.of(18.5));
        assertEquals(BmiCategory.NORMAL, BmiCategory.of(24.99));
        assertEquals(BmiCategory.OVERWEIGHT, BmiCategory.of(25));
        assertEquals(BmiCategory.OBESE, BmiCategory.of(30));
    }

    @Test
    void macroGramsFromTheDailyGoalAndSplit() {
        CalorieGoalInput in = new CalorieGoalInput(Sex.MALE, 180, 80, 30, ActivityLevel.MODERATE, WeeklyGoal.MAINTAIN,
                null, null, new MacroSplit(40, 30, 30));
        CalorieGoalResult r = calc.calculate(in);
        int goal = r.dailyGoalKcal();
        assertEquals(Math.round(goal * 0.30 / 4), r.macros().proteinG());
        assertEquals(Math.round(goal * 0.40 / 4), r.macros().carbsG());
        assertEquals(Math.round(goal * 0.30 / 9), r.macros().fatG());
    }

    @Test
    void katchMcArdleIsUsedWhenChosen() {
        CalorieGoalInput in = new CalorieGoalInput(Sex.MALE, 180, 80, 30, ActivityLevel.SEDENTARY, WeeklyGoal.MAINTAIN,
                BmrEquation.KATCH_MCARDLE, 15.0, null);
        CalorieGoalResult r = calc.calculate(in);
        assertEquals(1838.8, r.bmrKcal(), 0.05);
        assertEquals(Math.round(1838.8 * 1.2), r.dailyGoalKcal());
    }

    @Test
    void macroSplitMustAddUpTo100() {
        assertThrows(IllegalArgumentException.class, () -> new MacroSplit(50, 30, 30));
        assertThrows(IllegalArgumentException.class, () -> new MacroSplit(-10, 80, 30));
        assertEquals(100, new MacroSplit(100, 0, 0).carbsPct());
    }

    @Test
    void inputRangesAreInclusive() {
        CalorieGoalInput.of(Sex.MALE, 90, 25, 13, ActivityLevel.LIGHT, WeeklyGoal.MAINTAIN);
        CalorieGoalInput.of(Sex.MALE, 250, 400, 120, ActivityLevel.LIGHT, WeeklyGoal.MAINTAIN);
        assertThrows(IllegalArgumentException.class,
                () -> CalorieGoalInput.of(Sex.MALE, 89.9, 70, 30, ActivityLevel.LIGHT, WeeklyGoal.MAINTAIN));
        assertThrows(IllegalArgumentException.class,
                () -> CalorieGoalInput.of(Sex.MALE, 170, 400.1, 30, ActivityLevel.LIGHT, WeeklyGoal.MAINTAIN));
        assertThrows(IllegalArgumentException.class,
                () -> CalorieGoalInput.of(Sex.MALE, 170, 70, 12, ActivityLevel.LIGHT, WeeklyGoal.MAINTAIN));
        assertThrows(IllegalArgumentException.class,
                () -> CalorieGoalInput.of(Sex.MALE, 170, Double.NaN, 30, ActivityLevel.LIGHT, WeeklyGoal.MAINTAIN));
        assertThrows(IllegalArgumentException.class, () -> new CalorieGoalInput(Sex.MALE, 170, 70, 30,
                ActivityLevel.LIGHT, WeeklyGoal.MAINTAIN, BmrEquation.KATCH_MCARDLE, null, null));
    }
}
