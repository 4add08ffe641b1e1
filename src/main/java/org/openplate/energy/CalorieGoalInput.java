package org.openplate.energy;

/**
 * What the calculator needs, in metric units. Checked on construction: enums must be present, numbers must lie
 * in the ranges below (ends included), and Katch-McArdle needs body-fat %. A null equation means Mifflin-St Jeor
 * and null macros mean {@link MacroSplit#DEFAULT}. Violations throw {@link IllegalArgumentException}.
 *
 * <p>The ranges are plausibility limits chosen for this app, not clinical limits. The age floor of 13 is the
 * usual minimum age for an online account; the equations themselves were fitted on adults.
 */
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
        requirePresent(sex, "sex");
        requirePresent(activity, "activity level");
        requirePresent(goal, "weekly goal");
        equation = equation == null ? BmrEquation.MIFFLIN_ST_JEOR : equation;
        macros = macros == null ? MacroSplit.DEFAULT : macros;
        requireRange("Height", heightCm, MIN_HEIGHT_CM, MAX_HEIGHT_CM, "cm");
        requireRange("Weight", weightKg, MIN_WEIGHT_KG, MAX_WEIGHT_KG, "kg");
        requireRange("Age", ageYears, MIN_AGE, MAX_AGE, "years");
        if (bodyFatPct != null) {
            requireRange("Body fat", bodyFatPct, MIN_BODY_FAT_PCT, MAX_BODY_FAT_PCT, "%");
        } else if (equation.needsBodyFat()) {
            throw new IllegalArgumentException("The Katch-McArdle equation needs body-fat % (between "
                    + plain(MIN_BODY_FAT_PCT) + " and " + plain(MAX_BODY_FAT_PCT) + " %).");
        }
    }

    /** Mifflin-St Jeor, no body-fat %, default macro split. */
    public static CalorieGoalInput of(Sex sex, double heightCm, double weightKg, int age, ActivityLevel activity,
                                      WeeklyGoal goal) {
        return new CalorieGoalInput(sex, heightCm, weightKg, age, activity, goal, null, null, null);
    }

    private static void requirePresent(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException("The " + name + " is required.");
        }
    }

    private static void requireRange(String name, double value, double min, double max, String unit) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be between " + plain(min) + " and " + plain(max) + " "
                    + unit + ", not " + plain(value) + ".");
        }
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
