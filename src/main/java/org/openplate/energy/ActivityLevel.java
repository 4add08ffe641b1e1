package org.openplate.energy;

import java.util.Optional;

/**
 * Activity multipliers on BMR: the conventional table (sedentary 1.2 … extra active 1.9), cf. the
 * FAO/WHO/UNU 2004 physical activity level bands.
 */
public enum ActivityLevel {
    SEDENTARY("sedentary", 1.2, "Sedentary (little or no exercise)"),
    LIGHT("light", 1.375, "Lightly active (light exercise 1-3 days a week)"),
    MODERATE("moderate", 1.55, "Moderately active (moderate exercise 3-5 days a week)"),
    VERY("very", 1.725, "Very active (hard exercise 6-7 days a week)"),
    EXTRA("extra", 1.9, "Extra active (very hard exercise or a physical job)");

    private final String code;
    private final double factor;
    private final String label;

    ActivityLevel(String code, double factor, String label) {
        this.code = code;
        this.factor = factor;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public double factor() {
        return factor;
    }

    public String label() {
        return label;
    }

    public static Optional<ActivityLevel> fromCode(String code) {
        for (ActivityLevel a : values()) {
            if (a.code.equalsIgnoreCase(code)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
