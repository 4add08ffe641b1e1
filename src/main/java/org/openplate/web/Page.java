package org.openplate.web;

/**
 * What every page's layout needs: the title, the signed-in viewer (or null), the CSRF token for
 * its forms, and an optional one-line notice.
 */
public record Page(String title, Viewer viewer, String csrfToken, String notice, int unread) {

    public Page(String title, Viewer viewer, String csrfToken, String notice) {
        this(title, viewer, csrfToken, notice, 0);
    }

    public boolean signedIn() {
        return viewer != null;
    }

    public String email() {
        return viewer == null ? null : viewer.email();
    }

    public Page withNotice(String text) {
        return new Page(title, viewer, csrfToken, text, unread);
    }
}
