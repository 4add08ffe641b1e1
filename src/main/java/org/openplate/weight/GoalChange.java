package org.openplate.weight;

import java.time.Instant;

/**
 * A change of the daily calorie goal: {@code source} is "formula" (the profile's calculator),
 * "adaptive" (from the expenditure estimate) or "manual"; {@code weightKg} the weight when it was set.
 */
public record GoalChange(long id, Instant changedAt, int goalKcal, String source, Double weightKg, String note) {

    public static final String FORMULA = "formula";
    public static final String ADAPTIVE = "adaptive";
}
