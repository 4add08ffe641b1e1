package org.openplate.notification;

import java.time.LocalTime;
import java.util.Set;

/**
 * The preferences form, read at the edge (see {@code NotificationPages}).
 *
 * @param foodReminderTime the reminder time, or null to keep the stored one
 * @param on               the kinds switched on; every other kind is off
 * @param emailReminders   whether reminders are also e-mailed (the box is ticked), used only while e-mail is set up
 */
record NotificationPrefs(LocalTime foodReminderTime, Set<NotificationKind> on, boolean emailReminders) {

    NotificationPrefs(LocalTime foodReminderTime, Set<NotificationKind> on) {
        this(foodReminderTime, on, false);
    }


    public NotificationPrefs {
        on = Set.copyOf(on);
    }
}
