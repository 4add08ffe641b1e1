package org.openplate.notification;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openplate.account.UserId;

/** Storage port for notifications, their preferences and the food-reminder time (notification's own tables only). */
interface NotificationRepository {

    /** Creates it unless one with the same key exists for the user; true when created. */
    boolean create(UserId user, NotificationKind kind, String key, String title, String body, String link, long now);

    List<Notification> feed(UserId user, int limit);

    int unread(long userId);

    boolean markRead(UserId user, long id, long now);

    int markAllRead(UserId user, long now);

    Map<NotificationKind, Boolean> prefs(UserId user);

    void savePref(UserId user, NotificationKind kind, boolean enabled);

    Optional<String> reminderTime(UserId user);

    void saveReminderTime(UserId user, String hhmm);

    /** Whether the user asked for reminders by e-mail too (off unless chosen). */
    boolean emailReminders(UserId user);

    void saveEmailReminders(UserId user, boolean on, String defaultReminderTime);

    /** The stored food-reminder times of these users, by user id: one read for a scheduler batch. */
    Map<Long, String> reminderTimes(List<UserId> users);
}
