package org.openplate.account;

import java.time.Instant;
import java.util.Optional;

/** Storage port for password-reset links, kept by the SHA-256 of their token only. */
interface PasswordResetRepository {

    /** A stored link: whose, until when, and when it was used (null while unused). */
    record Reset(UserId userId, Instant expiresAt, Instant usedAt) {
    }

    void insert(String tokenHash, UserId userId, Instant createdAt, Instant expiresAt);

    Optional<Reset> find(String tokenHash);

    /**
     * In one transaction: marks the link used (only if it is unused and unexpired at {@code now}), sets the
     * new password hash, ends every session, forgets every known device, revokes every API token and
     * cancels the user's other links. False, with nothing changed, when the link was no longer good.
     */
    boolean complete(String tokenHash, UserId userId, String passwordHash, Instant now);

    /** Forgets links that expired before {@code before}. */
    int purge(Instant before);
}
