package org.openplate.account;

import java.time.Instant;
import java.util.Set;

/** A personal access token as listed (never its secret). */
public record ApiToken(long id, String name, String prefix, Set<Scope> scopes, Instant createdAt, Instant lastUsedAt,
                       Instant revokedAt) {

    public ApiToken {
        scopes = Set.copyOf(scopes);
    }

    public boolean active() {
        return revokedAt == null;
    }

    /** {@code read} allows GET; {@code write} allows changes too. */
    public enum Scope {
        READ, WRITE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
