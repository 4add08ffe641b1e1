package org.openplate.energy;

import java.util.Locale;
import java.util.Optional;

/** The nine weekly goals, in the order the widget lists them (fastest gain first, fastest loss last). */
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

    /** kg per international avoirdupois pound, exact (International Yard and Pound Agreement, 1959). */
    public static final double KG_PER_LB = 0.45359237;
    /** kcal per lb of body weight, the static rule (Wishnofsky, Am J Clin Nutr 1958;6:542). */
    public static final double KCAL_PER_LB = 3500;
    /** 3,500 kcal / 7 days: each lb/week changes daily intake by 500 kcal. */
    public static final double DAILY_KCAL_PER_LB_PER_WEEK = KCAL_PER_LB / 7;

    private final String code;
    private final double lbPerWeek;

    WeeklyGoal(String code, double lbPerWeek) {
        this.code = code;
        this.lbPerWeek = lbPerWeek;
    }

    /** gain-2 … maintain … lose-2. */
    public String code() {
        return code;
    }

    /** Signed: gains positive, losses negative. */
    public double lbPerWeek() {
        return lbPerWeek;
    }

    /** Signed, lbPerWeek × 0.45359237. */
    public double kgPerWeek() {
        return lbPerWeek * KG_PER_LB;
    }

    /** The change of daily intake the static rule prescribes: 500 kcal per lb/week, signed. */
    public double dailyKcalDelta() {
        return DAILY_KCAL_PER_LB_PER_WEEK * lbPerWeek;
    }

    /** "Lose 1 lb per week", in metric "Lose 0.45 kg per week"; "Maintain my weight". */
    public String label(boolean metric) {
        if (this == MAINTAIN) {
            return "Maintain my weight";
        }
        String verb = lbPerWeek > 0 ? "Gain " : "Lose ";
        double lb = Math.abs(lbPerWeek);
        if (metric) {
            return verb + String.format(Locale.ROOT, "%.2f", lb * KG_PER_LB) + " kg per week";
        }
        String amount = lb == Math.rint(lb) ? Long.toString((long) lb) : Double.toString(lb);
        return verb + amount + " lb per week";
    }

    public static Optional<WeeklyGoal> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (WeeklyGoal g : values()) {
            if (g.code.equalsIgnoreCase(code.trim())) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
