package org.openplate.profile;

import java.util.Arrays;

/** Where a daily calorie goal came from, with the code stored in {@code goal_changes.source}. */
public enum GoalSource {
    /** The profile's calculator (BMR × activity, adjusted for the weekly goal). */
    FORMULA("formula", "From your profile"),
    /** The user's own expenditure estimated from their logs. */
    ADAPTIVE("adaptive", "From your logged intake and weight"),
    /** Set by hand (only arrives through a restored export today). */
    MANUAL("manual", "Set by hand");

    private final String code;
    private final String label;

    GoalSource(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** How the goal history names it to people. */
    public String label() {
        return label;
    }

    public String code() {
        return code;
    }

    /** The source stored under {@code code}; an unknown code reads as {@link #MANUAL}, never as a formula goal. */
    public static GoalSource fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst().orElse(MANUAL);
    }
}
