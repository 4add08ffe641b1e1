package org.openplate.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** A user account as the rest of the app sees it (never carries the password hash). */
public record User(UserId id, String email, Instant createdAt, Set<Role> roles) {
    public User {
        Objects.requireNonNull(id);
        Objects.requireNonNull(email);
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
