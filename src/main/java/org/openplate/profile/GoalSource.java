package org.openplate.profile;

import java.util.Arrays;

/** Where a daily calorie goal came from, with the code stored in {@code goal_changes.source}. */
public enum GoalSource {
    /** The profile's calculator (BMR × activity, adjusted for the weekly goal). */
    FORMULA("formula"),
    /** The user's own expenditure estimated from their logs. */
    ADAPTIVE("adaptive"),
    /** Set by hand (only arrives through a restored export today). */
    MANUAL("manual");

    private final String code;

    GoalSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The source stored under {@code code}; an unknown code reads as {@link #MANUAL}, never as a formula goal. */
    public static GoalSource fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst().orElse(MANUAL);
    }
}
