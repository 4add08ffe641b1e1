package org.openplate.energy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CalorieGoalCalculatorTest {

    private static final double KG_PER_LB = 0.45359237;

    private final CalorieGoalCalculator calc = new CalorieGoalCalculator();

    /** Mifflin-St Jeor written out (Mifflin et al. 1990). */
    private static double mifflin(Sex sex, double kg, double cm, int age) {
        return 10 * kg + 6.25 * cm - 5 * age + (sex == Sex.MALE ? 5 : -161);
    }

    private static double factor(ActivityLevel a) {
        return switch (a) {
            case SEDENTARY -> 1.2;
            case LIGHT -> 1.375;
            case MODERATE -> 1.55;
            case VERY -> 1.725;
            case EXTRA -> 1.9;
        };
    }

    private static double lbPerWeek(WeeklyGoal g) {
        return switch (g) {
            case GAIN_2 -> 2;
            case GAIN_1_5 -> 1.5;
            case GAIN_1 -> 1;
            case GAIN_0_5 -> 0.5;
            case MAINTAIN -> 0;
            case LOSE_0_5 -> -0.5;
            case LOSE_1 -> -1;
            case LOSE_1_5 -> -1.5;
            case LOSE_2 -> -2;
        };
    }

    private static int floor(Sex sex) {
        return sex == Sex.MALE ? 1500 : 1200;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static boolean hasWarning(CalorieGoalResult r, String fragment) {
        return r.warnings().stream().anyMatch(w -> w.contains(fragment));
    }

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
        double bmr = mifflin(sex, kg, cm, age);
        double maintenance = bmr * factor(activity);
        double lb = lbPerWeek(goal);
        long unfloored = Math.round(maintenance + 500 * lb);
        boolean floored = unfloored < floor(sex);
        double expectedLb = floored ? (floor(sex) - maintenance) / 500 : lb;

        CalorieGoalResult r = calc.calculate(CalorieGoalInput.of(sex, cm, kg, age, activity, goal));

        assertEquals(bmr, r.bmrKcal(), 1e-9);
        assertEquals(maintenance, r.maintenanceKcal(), 1e-9);
        assertEquals(Math.max(floor(sex), unfloored), r.dailyGoalKcal());
        assertEquals(floored, r.floorApplied());
        assertEquals(floor(sex), r.floorKcal());
        assertEquals(lb, r.requestedWeeklyChangeLb(), 0);
        assertEquals(round2(expectedLb), r.weeklyChangeLb(), 1e-9);
        assertEquals(expectedLb * KG_PER_LB, r.weeklyChangeKg(), 0.005 + 1e-9);
        assertEquals(floored, hasWarning(r, "floor"));
        assertEquals(BmrEquation.MIFFLIN_ST_JEOR, r.equation());
    }

    @Test
    void theSpecExampleWoman5ft4in150lb35LightLosingOnePound() {
        double cm = 64 * 2.54;          // 5 ft 4 in = 162.56 cm
        double kg = 150 * KG_PER_LB;    // 68.0388555 kg
        // BMR = 680.388555 + 1016 − 175 − 161 = 1360.388555; × 1.375 = 1870.53; − 500 = 1370.53 → 1371
        double expected = (10 * kg + 6.25 * cm - 5 * 35 - 161) * 1.375 - 500;

        CalorieGoalResult r = calc.calculate(CalorieGoalInput.of(Sex.FEMALE, cm, kg, 35, ActivityLevel.LIGHT,
                WeeklyGoal.LOSE_1));

        assertEquals(Math.round(expected), r.dailyGoalKcal());
        assertEquals(1371, r.dailyGoalKcal());
        assertEquals(1360, r.bmrRounded());
        assertEquals(1871, r.maintenanceRounded());
        assertFalse(r.floorApplied());
        assertEquals(-1.0, r.weeklyChangeLb(), 0);
        assertEquals(-0.45, r.weeklyChangeKg(), 1e-9);
        assertEquals(25.7, r.bmi(), 1e-9);   // 68.04 / 1.6256² = 25.75 → 25.7 (25.746…)
        assertEquals(BmiCategory.OVERWEIGHT, r.bmiCategory());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void theFloorGivesTheAchievableRateAndSaysSo() {
        // woman, 40 y, 160 cm, 60 kg, sedentary: BMR 1239, maintenance 1486.8; losing 1 lb/week would be 987
        double maintenance = (10 * 60 + 6.25 * 160 - 5 * 40 - 161) * 1.2;
        double achievableLb = (1200 - maintenance) / 500;   // −0.5736

        CalorieGoalResult r = calc.calculate(CalorieGoalInput.of(Sex.FEMALE, 160, 60, 40, ActivityLevel.SEDENTARY,
                WeeklyGoal.LOSE_1));

        assertTrue(r.floorApplied());
        assertEquals(1200, r.dailyGoalKcal());
        assertEquals(-1.0, r.requestedWeeklyChangeLb(), 0);
        assertEquals(-0.57, r.weeklyChangeLb(), 1e-9);
        assertEquals(round2(achievableLb), r.weeklyChangeLb(), 1e-9);
        assertEquals(-0.26, r.weeklyChangeKg(), 1e-9);
        assertEquals(round2(achievableLb * KG_PER_LB), r.weeklyChangeKg(), 1e-9);
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        String warning = r.warnings().get(0);
        assertTrue(warning.contains("floor of 1,200 kcal"), warning);
        assertTrue(warning.contains(String.format(Locale.ROOT, "lose about %.2f lb (%.2f kg) a week",
                -achievableLb, -achievableLb * KG_PER_LB)), warning);
    }

    @Test
    void whenMaintenanceIsBelowTheFloorTheFloorMeansASlowGain() {
        // woman, 60 y, 150 cm, 50 kg, sedentary: maintenance 976.5 × 1.2 = 1171.8 < 1,200
        double maintenance = (10 * 50 + 6.25 * 150 - 5 * 60 - 161) * 1.2;

        CalorieGoalResult r = calc.calculate(CalorieGoalInput.of(Sex.FEMALE, 150, 50, 60, ActivityLevel.SEDENTARY,
                WeeklyGoal.LOSE_2));

        assertTrue(r.floorApplied());
        assertEquals(1200, r.dailyGoalKcal());
        assertEquals(round2((1200 - maintenance) / 500), r.weeklyChangeLb(), 1e-9);
        assertEquals(0.06, r.weeklyChangeLb(), 1e-9);
        assertTrue(hasWarning(r, "gain about 0.06 lb (0.03 kg) a week"), r.warnings().toString());
    }

    @Test
    void menHaveTheHigherFloor() {
        // man, 70 y, 160 cm, 55 kg, sedentary: BMR 1205, maintenance 1446; even maintaining is below 1,500
        CalorieGoalResult r = calc.calculate(CalorieGoalInput.of(Sex.MALE, 160, 55, 70, ActivityLevel.SEDENTARY,
                WeeklyGoal.MAINTAIN));
        assertTrue(r.floorApplied());
        assertEquals(1500, r.dailyGoalKcal());
        assertEquals(1500, r.floorKcal());
        assertEquals(round2((1500 - 1446.0) / 500), r.weeklyChangeLb(), 1e-9);
        assertTrue(hasWarning(r, "floor of 1,500 kcal"), r.warnings().toString());
    }

    @Test
    void aGoalThatRoundsToExactlyTheFloorIsNotFloored() {
        // man, 30 y, 160 cm, 41.75 kg, light: BMR 1272.5, maintenance 1749.6875; losing 0.5 lb → 1499.69 → 1,500
        double expected = (10 * 41.75 + 6.25 * 160 - 5 * 30 + 5) * 1.375 - 250;
        CalorieGoalResult r = calc.calculate(CalorieGoalInput.of(Sex.MALE, 160, 41.75, 30, ActivityLevel.LIGHT,
                WeeklyGoal.LOSE_0_5));
        assertEquals(1500, Math.round(expected));
        assertEquals(1500, r.dailyGoalKcal());
        assertFalse(r.floorApplied());
        assertEquals(-0.5, r.weeklyChangeLb(), 0);
        assertFalse(hasWarning(r, "floor"), r.warnings().toString());
    }

    @Test
    void warnsWhenTheChosenRateIsOverOnePercentOfBodyWeight() {
        // losing 2 lb = 0.907 kg/week > 1 % of 80 kg (0.8 kg)
        CalorieGoalResult fast = calc.calculate(CalorieGoalInput.of(Sex.MALE, 180, 80, 30, ActivityLevel.MODERATE,
                WeeklyGoal.LOSE_2));
        assertTrue(hasWarning(fast, "Losing 2 lb (0.91 kg) a week is more than 1% of your body weight (0.80 kg)"),
                fast.warnings().toString());
        // losing 1.5 lb = 0.680 kg/week < 0.8 kg
        CalorieGoalResult ok = calc.calculate(CalorieGoalInput.of(Sex.MALE, 180, 80, 30, ActivityLevel.MODERATE,
                WeeklyGoal.LOSE_1_5));
        assertFalse(hasWarning(ok, "1%"), ok.warnings().toString());
        // gains too: 1 lb = 0.4536 kg/week > 1 % of 45 kg (0.45 kg)
        CalorieGoalResult gain = calc.calculate(CalorieGoalInput.of(Sex.FEMALE, 160, 45, 30, ActivityLevel.LIGHT,
                WeeklyGoal.GAIN_1));
        assertTrue(hasWarning(gain, "Gaining 1 lb"), gain.warnings().toString());
        CalorieGoalResult slowGain = calc.calculate(CalorieGoalInput.of(Sex.FEMALE, 160, 46, 30, ActivityLevel.LIGHT,
                WeeklyGoal.GAIN_1));
        assertFalse(hasWarning(slowGain, "1%"), slowGain.warnings().toString());
    }

    @Test
    void warnsUnder18Only() {
        CalorieGoalResult teen = calc.calculate(CalorieGoalInput.of(Sex.FEMALE, 160, 55, 17, ActivityLevel.LIGHT,
                WeeklyGoal.MAINTAIN));
        assertEquals(1, teen.warnings().size(), teen.warnings().toString());
        assertTrue(hasWarning(teen, "adults"));
        assertTrue(hasWarning(teen, "paediatrician"));
        CalorieGoalResult youngest = calc.calculate(CalorieGoalInput.of(Sex.MALE, 150, 45, 13, ActivityLevel.LIGHT,
                WeeklyGoal.MAINTAIN));
        assertTrue(hasWarning(youngest, "paediatrician"));
        CalorieGoalResult adult = calc.calculate(CalorieGoalInput.of(Sex.FEMALE, 160, 55, 18, ActivityLevel.LIGHT,
                WeeklyGoal.MAINTAIN));
        assertTrue(adult.warnings().isEmpty(), adult.warnings().toString());
    }

    @Test
    void warnsWhenAnUnderweightPersonWantsToLose() {
        // 50 kg at 170 cm: BMI 17.3
        CalorieGoalResult lose = calc.calculate(CalorieGoalInput.of(Sex.FEMALE, 170, 50, 30, ActivityLevel.LIGHT,
                WeeklyGoal.LOSE_0_5));
        assertTrue(hasWarning(lose, "BMI of 17.3 is below 18.5 (underweight)"), lose.warnings().toString());
        for (WeeklyGoal g : List.of(WeeklyGoal.MAINTAIN, WeeklyGoal.GAIN_0_5)) {
            CalorieGoalResult r = calc.calculate(CalorieGoalInput.of(Sex.FEMALE, 170, 50, 30, ActivityLevel.LIGHT, g));
            assertFalse(hasWarning(r, "underweight"), g + ": " + r.warnings());
        }
    }

    @Test
    void allFourWarningsAreDistinct() {
        // girl, 16 y, 160 cm, 45 kg (BMI 17.6), sedentary, losing 2 lb: floored, > 1 %, under 18, underweight
        CalorieGoalResult r = calc.calculate(CalorieGoalInput.of(Sex.FEMALE, 160, 45, 16, ActivityLevel.SEDENTARY,
                WeeklyGoal.LOSE_2));
        assertEquals(4, r.warnings().size(), r.warnings().toString());
        assertEquals(4, new HashSet<>(r.warnings()).size());
        assertTrue(hasWarning(r, "floor"));
        assertTrue(hasWarning(r, "1%"));
        assertTrue(hasWarning(r, "paediatrician"));
        assertTrue(hasWarning(r, "underweight"));
        assertThrows(UnsupportedOperationException.class, () -> r.warnings().add("x"));
    }

    @Test
    void bmiIsRoundedToOneDecimalAndCategorised() {
        CalorieGoalResult r = calc.calculate(CalorieGoalInput.of(Sex.MALE, 180, 80, 30, ActivityLevel.LIGHT,
                WeeklyGoal.MAINTAIN));
        assertEquals(24.7, r.bmi(), 1e-9);   // 80 / 1.8² = 24.69
        assertEquals(BmiCategory.NORMAL, r.bmiCategory());
        // 80.8704 kg / 1.8² = 24.96 is shown as 25.0, and so classed as overweight
        CalorieGoalResult edge = calc.calculate(CalorieGoalInput.of(Sex.MALE, 180, 80.8704, 30, ActivityLevel.LIGHT,
                WeeklyGoal.MAINTAIN));
        assertEquals(25.0, edge.bmi(), 1e-9);
        assertEquals(BmiCategory.OVERWEIGHT, edge.bmiCategory());
    }

    @ParameterizedTest(name = "BMI {0} is {1}")
    @CsvSource({"10, UNDERWEIGHT", "18.49, UNDERWEIGHT", "18.5, NORMAL", "24.99, NORMAL", "25, OVERWEIGHT",
        "29.99, OVERWEIGHT", "30, OBESE", "45, OBESE"})
    void whoBmiCutOffs(double bmi, BmiCategory expected) {
        assertEquals(expected, BmiCategory.of(bmi));
    }

    @Test
    void macroGramsFromTheDailyGoalAndSplit() {
        CalorieGoalInput in = new CalorieGoalInput(Sex.MALE, 180, 80, 30, ActivityLevel.MODERATE, WeeklyGoal.MAINTAIN,
                null, null, new MacroSplit(40, 30, 30));
        CalorieGoalResult r = calc.calculate(in);
        int goal = r.dailyGoalKcal();
        assertEquals(Math.round(1780 * 1.55), goal);
        assertEquals(Math.round(goal * 0.30 / 4), r.macros().proteinG());
        assertEquals(Math.round(goal * 0.40 / 4), r.macros().carbsG());
        assertEquals(Math.round(goal * 0.30 / 9), r.macros().fatG());
    }

    @Test
    void macroGramsForTheDefaultSplit() {
        // 2,000 kcal at 50/20/30: carbs 1,000 kcal / 4 = 250 g, protein 400 / 4 = 100 g, fat 600 / 9 = 66.7 → 67 g
        assertEquals(new MacroTargets(100, 250, 67), MacroTargets.of(2000, MacroSplit.DEFAULT));
        assertEquals(new MacroSplit(50, 20, 30), MacroSplit.DEFAULT);
        CalorieGoalResult r = calc.calculate(CalorieGoalInput.of(Sex.MALE, 180, 80, 30, ActivityLevel.SEDENTARY,
                WeeklyGoal.MAINTAIN));
        assertEquals(2136, r.dailyGoalKcal());   // 1780 × 1.2
        assertEquals(new MacroTargets(107, 267, 71), r.macros());   // 106.8, 267, 71.2
    }

    @ParameterizedTest(name = "{0}/{1}/{2}")
    @CsvSource({"50, 30, 30", "40, 30, 20", "-10, 80, 30", "101, 0, -1", "0, 0, 0", "33, 33, 33"})
    void macroSplitsThatDoNotAddUpTo100AreRejected(int carbs, int protein, int fat) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MacroSplit(carbs, protein, fat));
        assertTrue(e.getMessage().contains("100"), e.getMessage());
    }

    @Test
    void aNegativeShareIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MacroSplit(60, -10, 50));
        assertEquals("The protein share must be 0 to 100 %, not -10 %.", e.getMessage());
    }

    @ParameterizedTest(name = "{0}/{1}/{2}")
    @CsvSource({"100, 0, 0", "0, 100, 0", "0, 0, 100", "34, 33, 33", "65, 10, 25"})
    void macroSplitsAddingUpTo100AreAccepted(int carbs, int protein, int fat) {
        MacroSplit s = new MacroSplit(carbs, protein, fat);
        assertEquals(carbs, s.carbsPct());
        assertEquals(protein, s.proteinPct());
        assertEquals(fat, s.fatPct());
    }

    @Test
    void harrisBenedictAndKatchMcArdleAreUsedWhenChosen() {
        CalorieGoalResult hb = calc.calculate(new CalorieGoalInput(Sex.MALE, 180, 80, 30, ActivityLevel.SEDENTARY,
                WeeklyGoal.MAINTAIN, BmrEquation.HARRIS_BENEDICT_REVISED, null, null));
        assertEquals(1853.6, hb.bmrKcal(), 0.05);
        assertEquals(Math.round((88.362 + 13.397 * 80 + 4.799 * 180 - 5.677 * 30) * 1.2), hb.dailyGoalKcal());
        assertEquals(BmrEquation.HARRIS_BENEDICT_REVISED, hb.equation());

        CalorieGoalResult km = calc.calculate(new CalorieGoalInput(Sex.MALE, 180, 80, 30, ActivityLevel.SEDENTARY,
                WeeklyGoal.MAINTAIN, BmrEquation.KATCH_MCARDLE, 15.0, null));
        assertEquals(1838.8, km.bmrKcal(), 0.05);
        assertEquals(Math.round((370 + 21.6 * 80 * 0.85) * 1.2), km.dailyGoalKcal());
        assertEquals(BmrEquation.KATCH_MCARDLE, km.equation());
    }

    @Test
    void defaultsForEquationAndMacros() {
        CalorieGoalInput in = new CalorieGoalInput(Sex.FEMALE, 165, 60, 30, ActivityLevel.LIGHT, WeeklyGoal.MAINTAIN,
                null, null, null);
        assertEquals(BmrEquation.MIFFLIN_ST_JEOR, in.equation());
        assertEquals(MacroSplit.DEFAULT, in.macros());
        assertEquals(in, CalorieGoalInput.of(Sex.FEMALE, 165, 60, 30, ActivityLevel.LIGHT, WeeklyGoal.MAINTAIN));
        assertEquals(1320.25, calc.calculate(in).bmrKcal(), 1e-9);
    }

    /** Each field at, just inside and just outside its bounds; the other fields are valid. */
    @ParameterizedTest(name = "{0} cm, {1} kg, {2} y, {3} % fat → valid {4}")
    @CsvSource({
        "90, 70, 30, , true", "250, 70, 30, , true", "89.99, 70, 30, , false", "250.01, 70, 30, , false",
        "170, 25, 30, , true", "170, 400, 30, , true", "170, 24.99, 30, , false", "170, 400.01, 30, , false",
        "170, 70, 13, , true", "170, 70, 120, , true", "170, 70, 12, , false", "170, 70, 121, , false",
        "170, 70, 30, 3, true", "170, 70, 30, 70, true", "170, 70, 30, 2.99, false", "170, 70, 30, 70.01, false",
        "NaN, 70, 30, , false", "170, Infinity, 30, , false", "170, 70, 30, NaN, false", "0, 70, 30, , false",
        "-170, 70, 30, , false"})
    void inputRangesIncludeTheirEnds(double cm, double kg, int age, Double bodyFat, boolean valid) {
        var make = (org.junit.jupiter.api.function.Executable) () -> new CalorieGoalInput(Sex.MALE, cm, kg, age,
                ActivityLevel.LIGHT, WeeklyGoal.MAINTAIN, BmrEquation.MIFFLIN_ST_JEOR, bodyFat, null);
        if (valid) {
            assertDoesNotThrow(make);
        } else {
            assertThrows(IllegalArgumentException.class, make);
        }
    }

    @Test
    void rangeConstantsAndMessages() {
        assertEquals(90, CalorieGoalInput.MIN_HEIGHT_CM);
        assertEquals(250, CalorieGoalInput.MAX_HEIGHT_CM);
        assertEquals(25, CalorieGoalInput.MIN_WEIGHT_KG);
        assertEquals(400, CalorieGoalInput.MAX_WEIGHT_KG);
        assertEquals(13, CalorieGoalInput.MIN_AGE);
        assertEquals(120, CalorieGoalInput.MAX_AGE);
        assertEquals(3, CalorieGoalInput.MIN_BODY_FAT_PCT);
        assertEquals(70, CalorieGoalInput.MAX_BODY_FAT_PCT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CalorieGoalInput.of(Sex.MALE, 300, 70, 30, ActivityLevel.LIGHT, WeeklyGoal.MAINTAIN));
        assertEquals("Height must be between 90 and 250 cm, not 300.", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> CalorieGoalInput.of(Sex.MALE, 170, 70, 12, ActivityLevel.LIGHT, WeeklyGoal.MAINTAIN));
        assertEquals("Age must be between 13 and 120 years, not 12.", e.getMessage());
    }

    @Test
    void missingChoicesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> CalorieGoalInput.of(null, 170, 70, 30, ActivityLevel.LIGHT, WeeklyGoal.MAINTAIN));
        assertThrows(IllegalArgumentException.class,
                () -> CalorieGoalInput.of(Sex.MALE, 170, 70, 30, null, WeeklyGoal.MAINTAIN));
        assertThrows(IllegalArgumentException.class,
                () -> CalorieGoalInput.of(Sex.MALE, 170, 70, 30, ActivityLevel.LIGHT, null));
    }

    @Test
    void katchMcArdleNeedsBodyFatButOthersDoNot() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CalorieGoalInput(Sex.MALE,
                170, 70, 30, ActivityLevel.LIGHT, WeeklyGoal.MAINTAIN, BmrEquation.KATCH_MCARDLE, null, null));
        assertTrue(e.getMessage().contains("body-fat"), e.getMessage());
        assertDoesNotThrow(() -> new CalorieGoalInput(Sex.MALE, 170, 70, 30, ActivityLevel.LIGHT, WeeklyGoal.MAINTAIN,
                BmrEquation.HARRIS_BENEDICT_REVISED, 20.0, null));
    }
}
