package org.openplate.web;

import java.util.Set;

/**
 * Who is making the request, as the web layer needs it: set on the context by the account
 * module's session filter, read by the layout and CSRF check. {@code null} attribute = anonymous.
 */
public record Viewer(long userId, String email, String csrfToken, Set<String> roles) {
    public static final String ATTRIBUTE = "openplate.viewer";

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
