package org.openplate.notification;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.openplate.account.UserId;

/**
 * {@link NotificationRepository} over JDBI; every statement on a user's data filters by the user.
 * It reads only notification's own tables: other features' facts come through their query ports.
 */
final class JdbiNotificationRepository implements NotificationRepository {

    private final Jdbi jdbi;

    public JdbiNotificationRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean create(UserId user, NotificationKind kind, String key, String title, String body, String link,
                          long now) {
        return jdbi.inTransaction(h -> h.createUpdate("INSERT INTO notifications (user_id, kind, dedupe_key, title, body,"
                        + " link, created_at) VALUES (:user, :kind, :key, :title, :body, :link, :now)"
                        + " ON CONFLICT (user_id, dedupe_key) DO NOTHING")
                .bind("user", user.value()).bind("kind", kind.code()).bind("key", key).bind("title", title)
                .bind("body", body).bind("link", link).bind("now", now).execute()) > 0;
    }

    @Override
    public List<Notification> feed(UserId user, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM notifications WHERE user_id = :user"
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit").bind("user", user.value()).bind("limit", limit)
                .map((rs, ctx) -> {
                    long read = rs.getLong("read_at");
                    Instant readAt = rs.wasNull() ? null : Instant.ofEpochMilli(read);
                    return new Notification(rs.getLong("id"), NotificationKind.fromCode(rs.getString("kind"))
                            .orElse(NotificationKind.FOOD_REMINDER), rs.getString("title"), rs.getString("body"),
                            rs.getString("link"), Instant.ofEpochMilli(rs.getLong("created_at")), readAt);
                }).list());
    }

    @Override
    public int unread(long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM notifications WHERE user_id = :user"
                + " AND read_at IS NULL").bind("user", userId).mapTo(Integer.class).one());
    }

    @Override
    public boolean markRead(UserId user, long id, long now) {
        return jdbi.inTransaction(h -> h.createUpdate("UPDATE notifications SET read_at = COALESCE(read_at, :now)"
                + " WHERE id = :id AND user_id = :user").bind("now", now).bind("id", id).bind("user", user.value())
                .execute()) > 0;
    }

    @Override
    public int markAllRead(UserId user, long now) {
        return jdbi.inTransaction(h -> h.createUpdate("UPDATE notifications SET read_at = :now WHERE user_id = :user"
                + " AND read_at IS NULL").bind("now", now).bind("user", user.value()).execute());
    }

    @Override
    public Map<NotificationKind, Boolean> prefs(UserId user) {
        Map<NotificationKind, Boolean> out = new EnumMap<>(NotificationKind.class);
        for (NotificationKind k : NotificationKind.values()) {
            out.put(k, true);
        }
        jdbi.useHandle(h -> h.createQuery("SELECT kind, enabled FROM notification_prefs WHERE user_id = :user")
                .bind("user", user.value()).map((rs, ctx) -> new Object[] {rs.getString("kind"), rs.getInt("enabled")})
                .forEach(r -> NotificationKind.fromCode((String) r[0]).ifPresent(k -> out.put(k, (Integer) r[1] == 1))));
        return out;
    }

    @Override
    public void savePref(UserId user, NotificationKind kind, boolean enabled) {
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO notification_prefs (user_id, kind, enabled) VALUES (:user,"
                        + " :kind, :on) ON CONFLICT (user_id, kind) DO UPDATE SET enabled = excluded.enabled")
                .bind("user", user.value()).bind("kind", kind.code()).bind("on", enabled ? 1 : 0).execute());
    }

    @Override
    public Optional<String> reminderTime(UserId user) {
        return jdbi.withHandle(h -> h.createQuery("SELECT food_reminder_time FROM notification_settings"
                + " WHERE user_id = :user").bind("user", user.value()).mapTo(String.class).findOne());
    }

    @Override
    public void saveReminderTime(UserId user, String hhmm) {
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO notification_settings (user_id, food_reminder_time) VALUES"
                        + " (:user, :t) ON CONFLICT (user_id) DO UPDATE SET food_reminder_time = excluded.food_reminder_time")
                .bind("user", user.value()).bind("t", hhmm).execute());
    }

    @Override
    public boolean emailReminders(UserId user) {
        return jdbi.withHandle(h -> h.createQuery("SELECT email_reminders FROM notification_settings"
                + " WHERE user_id = :user").bind("user", user.value()).mapTo(Integer.class).findOne()).orElse(0) == 1;
    }

    @Override
    public void saveEmailReminders(UserId user, boolean on, String defaultReminderTime) {
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO notification_settings (user_id, food_reminder_time,"
                        + " email_reminders) VALUES (:user, :t, :on) ON CONFLICT (user_id) DO UPDATE"
                        + " SET email_reminders = excluded.email_reminders")
                .bind("user", user.value()).bind("t", defaultReminderTime).bind("on", on ? 1 : 0).execute());
    }

    @Override
    public Map<Long, String> reminderTimes(List<UserId> users) {
        Map<Long, String> out = new HashMap<>();
        if (users.isEmpty()) {
            return out;
        }
        jdbi.useHandle(h -> h.createQuery("SELECT user_id, food_reminder_time FROM notification_settings"
                        + " WHERE user_id IN (<users>)").bindList("users", users.stream().map(UserId::value).toList())
                .map((rs, ctx) -> Map.entry(rs.getLong("user_id"), rs.getString("food_reminder_time")))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }
}
