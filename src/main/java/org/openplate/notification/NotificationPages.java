package org.openplate.notification;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openplate.account.AuthGuard;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.common.NotFoundException;
import org.openplate.web.FieldReader;
import org.openplate.web.Routes;
import org.openplate.web.Views;

/** The notification feed (HTML at /notifications, JSON at /api/v1/notifications) and preferences. */
final class NotificationPages implements Routes {

    private final NotificationService notifications;
    private final AuthGuard guard;
    private final Views views;

    public NotificationPages(NotificationService notifications, AuthGuard guard, Views views) {
        this.notifications = notifications;
        this.guard = guard;
        this.views = views;
    }

    /**
     * The preferences form: {@code foodReminderTime} (hh:mm, kept when blank) and one field per kind,
     * named by its code; a kind absent or sent as "false" is off.
     */
    static NotificationPrefs prefs(FieldReader f) {
        LocalTime time = null;
        if (f.present("foodReminderTime")) {
            try {
                time = LocalTime.parse(f.text("foodReminderTime").trim());
            } catch (DateTimeParseException e) {
                throw new BadInputException("foodReminderTime", "foodReminderTime must be a time as hh:mm, 00:00-23:59.");
            }
        }
        Set<NotificationKind> on = EnumSet.noneOf(NotificationKind.class);
        for (NotificationKind k : NotificationKind.values()) {
            String v = f.text(k.code());
            if (v != null && !"false".equals(v)) {
                on.add(k);
            }
        }
        String mail = f.text("emailReminders");
        return new NotificationPrefs(time, on, mail != null && !"false".equals(mail));
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/notifications", ctx -> show(ctx, 200, null));
        r.post("/notifications/read-all", ctx -> {
            notifications.markAllRead(guard.requireUser(ctx));
            ctx.redirect("/notifications", HttpStatus.SEE_OTHER);
        });
        r.post("/notifications/{id}/read", ctx -> {
            notifications.markRead(guard.requireUser(ctx), id(ctx));
            ctx.redirect("/notifications", HttpStatus.SEE_OTHER);
        });
        r.post("/notifications/preferences", ctx -> {
            UserId u = guard.requireUser(ctx);
            try {
                notifications.savePrefs(u, prefs(FieldReader.form(ctx)));
                ctx.redirect("/notifications?notice=Preferences%20saved.", HttpStatus.SEE_OTHER);
            } catch (BadInputException e) {
                show(ctx, 400, e);
            }
        });
        r.get("/api/v1/notifications", ctx -> {
            UserId u = guard.requireUser(ctx);
            ctx.json(org.openplate.web.Paged.of(ctx, notifications.feed(u).stream().map(NotificationPages::json).toList(),
                    Map.of("unread", notifications.unread(u.value()))));
        });
        r.post("/api/v1/notifications/{id}/read", ctx -> {
            notifications.markRead(guard.requireUser(ctx), id(ctx));
            ctx.status(204);
        });
        r.post("/api/v1/notifications/read-all", ctx -> ctx.json(Map.of("marked",
                notifications.markAllRead(guard.requireUser(ctx)))));
    }

    private static Map<String, Object> json(Notification n) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", n.id());
        m.put("kind", n.kind().code());
        m.put("title", n.title());
        m.put("body", n.body());
        m.put("link", n.link());
        m.put("createdAt", n.createdAt().toString());
        m.put("read", !n.unread());
        return m;
    }

    private void show(Context ctx, int status, BadInputException error) {
        UserId u = guard.requireUser(ctx);
        List<Notification> feed = notifications.feed(u);
        views.send(ctx, status, "notification/feed.jte", views.page(ctx, "Notifications"), "feed", feed,
                "unread", feed.stream().filter(Notification::unread).count(), "prefs", notifications.prefs(u),
                "reminderTime", notifications.reminderTime(u), "error", error == null ? null : error.getMessage(),
                "canEmail", notifications.canEmail(), "emailReminders", notifications.emailReminders(u));
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundException("No notification with id " + ctx.pathParam("id") + ".");
        }
    }
}
