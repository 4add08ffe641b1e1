package org.openplate.account;

import java.time.Instant;

/**
 * A signed-in session. {@code token} is the secret cookie value; it is only known at creation and
 * when resolved from a request (the database keeps its SHA-256).
 */
public record Session(String token, UserId userId, String email, String csrfToken, Instant expiresAt,
                      java.util.Set<Role> roles) {
    public Session {
        roles = java.util.Set.copyOf(roles);
    }
}
