package org.openplate.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openplate.account.UserId;

/** Storage port for notifications and their preferences; plus the read-only facts the scheduler needs. */
public interface NotificationRepository {

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

    /** What the scheduler looks at for one user. */
    record Facts(UserId user, String zone, String units, Double targetKg, String reminderTime) {
    }

    List<Facts> usersWithProfiles();

    boolean hasEntries(UserId user, LocalDate day);

    /** Days with diary entries in [from, to], newest first. */
    List<LocalDate> loggedDays(UserId user, LocalDate from, LocalDate to);

    /** First and latest weigh-in: day and kg. */
    Optional<Object[]> firstWeighIn(UserId user);

    Optional<Object[]> latestWeighIn(UserId user);
}
