package org.openplate.account;

import java.time.Instant;

/**
 * A signed-in session. {@code token} is the secret cookie value; it is only known at creation and
 * when resolved from a request (the database keeps its SHA-256). {@code dataVersion} is the user's data
 * version (see {@link org.openplate.storage.DataVersions}) as read with the session when the request began,
 * or -1 when it was not read with it.
 */
public record Session(String token, UserId userId, String email, String csrfToken, Instant expiresAt,
                      java.util.Set<Role> roles, long dataVersion) {
    public Session {
        roles = java.util.Set.copyOf(roles);
    }

    /** A session whose user's data version was not read with it. */
    public Session(String token, UserId userId, String email, String csrfToken, Instant expiresAt,
                   java.util.Set<Role> roles) {
        this(token, userId, email, csrfToken, expiresAt, roles, -1);
    }
}
