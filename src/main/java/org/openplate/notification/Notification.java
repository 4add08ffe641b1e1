package org.openplate.notification;

import java.time.Instant;

/** One notification in a user's feed. */
public record Notification(long id, NotificationKind kind, String title, String body, String link, Instant createdAt,
                           Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
