package org.openplate.energy;

import java.util.Objects;

/** What the calculator needs, in metric; ranges are checked here and named by the edges. */
public record CalorieGoalInput(Sex sex, double heightCm, double weightKg, int ageYears, ActivityLevel activity,
                               WeeklyGoal goal, BmrEquation equation, Double bodyFatPct, MacroSplit macros) {

    public static final double MIN_HEIGHT_CM = 90;
    public static final double MAX_HEIGHT_CM = 250;
    public static final double MIN_WEIGHT_KG = 25;
    public static final double MAX_WEIGHT_KG = 400;
    public static final int MIN_AGE = 13;
    public static final int MAX_AGE = 120;
    public static final double MIN_BODY_FAT_PCT = 3;
    public static final double MAX_BODY_FAT_PCT = 70;

    public CalorieGoalInput {
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(goal, "goal");
        equation = equation == null ? BmrEquation.MIFFLIN_ST_JEOR : equation;
        macros = macros == null ? MacroSplit.DEFAULT : macros;
        check("height", heightCm, MIN_HEIGHT_CM, MAX_HEIGHT_CM, "cm");
        check("weight", weightKg, MIN_WEIGHT_KG, MAX_WEIGHT_KG, "kg");
        check("age", ageYears, MIN_AGE, MAX_AGE, "years");
        if (bodyFatPct != null) {
            check("body fat", bodyFatPct, MIN_BODY_FAT_PCT, MAX_BODY_FAT_PCT, "%");
        }
        if (equation == BmrEquation.KATCH_MCARDLE && bodyFatPct == null) {
            throw new IllegalArgumentException("Katch-McArdle needs body-fat %");
        }
    }

    public static CalorieGoalInput of(Sex sex, double heightCm, double weightKg, int age, ActivityLevel activity,
                                      WeeklyGoal goal) {
        return new CalorieGoalInput(sex, heightCm, weightKg, age, activity, goal, null, null, null);
    }

    private static void check(String name, double v, double min, double max, String unit) {
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + " " + unit);
        }
    }
}
