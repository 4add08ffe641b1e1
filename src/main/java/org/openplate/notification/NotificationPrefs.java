package org.openplate.notification;

import java.time.LocalTime;
import java.util.Set;

/**
 * The preferences form, read at the edge (see {@code NotificationPages}).
 *
 * @param foodReminderTime the reminder time, or null to keep the stored one
 * @param on               the kinds switched on; every other kind is off
 */
record NotificationPrefs(LocalTime foodReminderTime, Set<NotificationKind> on) {

    public NotificationPrefs {
        on = Set.copyOf(on);
    }
}
