package org.openplate.energy;

import java.util.Optional;

/**
 * Multipliers of BMR for daily activity: the conventional table 1.2 / 1.375 / 1.55 / 1.725 / 1.9
 * (shared reference, "Maintenance and the weekly-rate goal"; compare the FAO/WHO/UNU 2004 physical
 * activity level bands 1.40-1.69, 1.70-1.99 and 2.00-2.40).
 */
public enum ActivityLevel {
    SEDENTARY("sedentary", 1.2, "Sedentary (little or no exercise)"),
    LIGHT("light", 1.375, "Lightly active (light exercise 1-3 days/week)"),
    MODERATE("moderate", 1.55, "Moderately active (moderate exercise 3-5 days/week)"),
    VERY("very", 1.725, "Very active (hard exercise 6-7 days/week)"),
    EXTRA("extra", 1.9, "Extra active (very hard exercise or a physical job)");

    private final String code;
    private final double factor;
    private final String label;

    ActivityLevel(String code, double factor, String label) {
        this.code = code;
        this.factor = factor;
        this.label = label;
    }

    /** sedentary, light, moderate, very or extra. */
    public String code() {
        return code;
    }

    /** Maintenance energy = BMR × factor. */
    public double factor() {
        return factor;
    }

    public String label() {
        return label;
    }

    public static Optional<ActivityLevel> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (ActivityLevel a : values()) {
            if (a.code.equalsIgnoreCase(code.trim())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
