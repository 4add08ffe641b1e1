package org.openplate.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.openplate.account.UserId;
import org.openplate.account.UserMail;
import org.openplate.common.NotFoundException;

/** The feed, unread count, marking read, preferences; and creating notifications the user wants. */
public final class NotificationService {

    public static final String DEFAULT_REMINDER = "20:00";

    private final NotificationRepository repo;
    private final Clock clock;
    private final UserMail mail;

    public NotificationService(NotificationRepository repo, Clock clock) {
        this(repo, clock, null);
    }

    /** {@code mail}: sends the reminders a user asked to get by e-mail too (null: never). */
    public NotificationService(NotificationRepository repo, Clock clock, UserMail mail) {
        this.repo = repo;
        this.clock = clock;
        this.mail = mail;
    }

    /** True when this OpenPlate can e-mail reminders. */
    public boolean canEmail() {
        return mail != null && mail.enabled();
    }

    public boolean emailReminders(UserId user) {
        return repo.emailReminders(user);
    }

    public List<Notification> feed(UserId user) {
        return repo.feed(user, 100);
    }

    public int unread(long userId) {
        return repo.unread(userId);
    }

    public void markRead(UserId user, long id) {
        if (!repo.markRead(user, id, clock.millis())) {
            throw new NotFoundException("No notification with id " + id + ".");
        }
    }

    public int markAllRead(UserId user) {
        return repo.markAllRead(user, clock.millis());
    }

    /**
     * Creates a notification if the user has that kind switched on and it does not exist yet. A reminder is
     * e-mailed too when the user asked for that: only by the caller that created it, so once however many
     * instances run the scheduler.
     */
    public boolean notify(UserId user, NotificationKind kind, String key, String title, String body, String link) {
        if (!repo.prefs(user).getOrDefault(kind, true)) {
            return false;
        }
        boolean created = repo.create(user, kind, kind.code() + ":" + key, title, body, link, clock.millis());
        if (created && kind.reminder() && canEmail() && repo.emailReminders(user)) {
            mail.send(user, "reminder", "OpenPlate: " + title, body + "\n\n"
                    + (link == null ? mail.link("/") : mail.link(link)) + "\n\n"
                    + "You get this because you asked for your reminders by e-mail too. To stop, untick it at "
                    + mail.link("/notifications") + "\n");
        }
        return created;
    }

    public Map<NotificationKind, Boolean> prefs(UserId user) {
        return repo.prefs(user);
    }

    /** Whether the user has chosen their reminders (saved the notifications settings at least once). */
    public boolean remindersChosen(UserId user) {
        return repo.reminderTime(user).isPresent();
    }

    public String reminderTime(UserId user) {
        return repo.reminderTime(user).orElse(DEFAULT_REMINDER);
    }

    /** Saves the on/off choice of every kind (a kind not on is off) and the reminder time, when given. */
    public void savePrefs(UserId user, NotificationPrefs prefs) {
        if (prefs.foodReminderTime() != null) {
            repo.saveReminderTime(user, prefs.foodReminderTime().toString());
        }
        for (NotificationKind k : NotificationKind.values()) {
            repo.savePref(user, k, prefs.on().contains(k));
        }
        // Only offered while e-mail is set up; otherwise the stored choice stays as it was.
        if (canEmail()) {
            repo.saveEmailReminders(user, prefs.emailReminders(), DEFAULT_REMINDER);
        }
    }
}
