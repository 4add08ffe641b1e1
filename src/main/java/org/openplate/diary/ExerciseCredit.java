package org.openplate.diary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How much of the day's logged exercise raises the calorie budget. */
public enum ExerciseCredit {
    ALL("all", 1.0, "all exercise calories"),
    HALF("half", 0.5, "half of exercise calories"),
    NONE("none", 0.0, "no exercise calories");

    private final String code;
    private final double fraction;
    private final String label;

    ExerciseCredit(String code, double fraction, String label) {
        this.code = code;
        this.fraction = fraction;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public double fraction() {
        return fraction;
    }

    public String label() {
        return label;
    }

    public static Optional<ExerciseCredit> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.code.equals(c)).findFirst();
    }
}
