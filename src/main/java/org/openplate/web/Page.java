package org.openplate.web;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * What every page's layout needs: the title, the signed-in viewer (or null), the CSRF token for
 * its forms, an optional one-line notice, the unread notifications, and the viewer's time zone for
 * the times a page shows (looked up only when a page shows one; UTC for visitors).
 */
public record Page(String title, Viewer viewer, String csrfToken, String notice, int unread, Supplier<ZoneId> zones) {

    public Page(String title, Viewer viewer, String csrfToken, String notice) {
        this(title, viewer, csrfToken, notice, 0);
    }

    public Page(String title, Viewer viewer, String csrfToken, String notice, int unread) {
        this(title, viewer, csrfToken, notice, unread, () -> ZoneOffset.UTC);
    }

    public boolean signedIn() {
        return viewer != null;
    }

    public String email() {
        return viewer == null ? null : viewer.email();
    }

    /** The viewer's time zone (their profile's), for showing times: "Tue 1 Dec 2026, 07:05" is their clock. */
    public ZoneId zone() {
        return zones.get();
    }

    public Page withNotice(String text) {
        return new Page(title, viewer, csrfToken, text, unread, zones);
    }
}
