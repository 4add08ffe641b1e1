package org.openplate.profile;

import java.time.Instant;

/**
 * The daily calorie goal in force: its size, where it came from, and since when (null for a formula
 * goal that has never been recorded in the goal history).
 */
public record DailyGoal(int kcal, GoalSource source, Instant since) {
}
