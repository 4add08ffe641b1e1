package org.openplate.notification;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of notification, each with its own on/off preference. */
public enum NotificationKind {
    FOOD_REMINDER("Reminder: no food logged by your reminder time"),
    WEIGH_IN_REMINDER("Reminder: no weigh-in for 7 days"),
    MILESTONE("Milestones toward your target weight"),
    GOAL_REACHED("Target weight reached"),
    STREAK("Logging streaks"),
    BACK_CARE("Back-care warnings from stretching check-ins"),
    GOAL_UPDATE("Your daily goal can be updated");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The reminders, which the user may also get by e-mail. */
    public boolean reminder() {
        return this == FOOD_REMINDER || this == WEIGH_IN_REMINDER;
    }

    /** The help article a notification of this kind links besides its own link; null for none. */
    public String article() {
        return this == BACK_CARE ? "/articles/back-pain-after-stretching" : null;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<NotificationKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
