package org.openplate.profile;

import java.time.Instant;

/**
 * A change of the daily calorie goal: where it came from, and {@code weightKg} the weight when it
 * was set (the baseline for the "goal can be updated" prompt).
 */
public record GoalChange(long id, Instant changedAt, int goalKcal, GoalSource source, Double weightKg, String note) {
}
