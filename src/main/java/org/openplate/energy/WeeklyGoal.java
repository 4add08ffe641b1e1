package org.openplate.energy;

import java.util.Locale;
import java.util.Optional;

/** The widget's nine weekly goals, in the order it lists them. */
public enum WeeklyGoal {
    GAIN_2("gain-2", 2.0),
    GAIN_1_5("gain-1.5", 1.5),
    GAIN_1("gain-1", 1.0),
    GAIN_0_5("gain-0.5", 0.5),
    MAINTAIN("maintain", 0.0),
    LOSE_0_5("lose-0.5", -0.5),
    LOSE_1("lose-1", -1.0),
    LOSE_1_5("lose-1.5", -1.5),
    LOSE_2("lose-2", -2.0);

    /** kg in one avoirdupois pound (exact, International Yard and Pound Agreement 1959). */
    public static final double KG_PER_LB = 0.45359237;
    /** kcal per lb of body weight, the static rule (Wishnofsky 1958). */
    public static final double KCAL_PER_LB = 3500;
    /** So each lb/week changes daily intake by 3,500 / 7 = 500 kcal. */
    public static final double DAILY_KCAL_PER_LB_PER_WEEK = KCAL_PER_LB / 7;

    private final String code;
    private final double lbPerWeek;

    WeeklyGoal(String code, double lbPerWeek) {
        this.code = code;
        this.lbPerWeek = lbPerWeek;
    }

    public String code() {
        return code;
    }

    /** Signed: gains positive, losses negative. */
    public double lbPerWeek() {
        return lbPerWeek;
    }

    public double kgPerWeek() {
        return lbPerWeek * KG_PER_LB;
    }

    /** The daily intake change the static rule prescribes: 500 kcal per lb/week. */
    public double dailyKcalDelta() {
        return DAILY_KCAL_PER_LB_PER_WEEK * lbPerWeek;
    }

    /** "Lose 1 lb per week", or in metric "Lose 0.45 kg per week"; "Maintain my weight". */
    public String label(boolean metric) {
        if (this == MAINTAIN) {
            return "Maintain my weight";
        }
        String verb = lbPerWeek > 0 ? "Gain " : "Lose ";
        double amount = Math.abs(lbPerWeek);
        if (metric) {
            return verb + String.format(Locale.ROOT, "%.2f", amount * KG_PER_LB) + " kg per week";
        }
        String lb = amount == Math.rint(amount) ? Long.toString((long) amount) : Double.toString(amount);
        return verb + lb + " lb per week";
    }

    public static Optional<WeeklyGoal> fromCode(String code) {
        for (WeeklyGoal g : values()) {
            if (g.code.equalsIgnoreCase(code)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
