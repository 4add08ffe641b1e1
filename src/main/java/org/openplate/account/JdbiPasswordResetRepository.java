package org.openplate.account;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** {@link PasswordResetRepository} over JDBI; the same SQL on SQLite and PostgreSQL. */
final class JdbiPasswordResetRepository implements PasswordResetRepository {

    private final Jdbi jdbi;

    JdbiPasswordResetRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(String tokenHash, UserId userId, Instant createdAt, Instant expiresAt) {
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO password_resets (token_hash, user_id, created_at, expires_at)"
                        + " VALUES (:hash, :user, :created, :expires)")
                .bind("hash", tokenHash).bind("user", userId.value()).bind("created", createdAt.toEpochMilli())
                .bind("expires", expiresAt.toEpochMilli()).execute());
    }

    @Override
    public Optional<Reset> find(String tokenHash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT user_id, expires_at, used_at FROM password_resets"
                        + " WHERE token_hash = :hash").bind("hash", tokenHash)
                .map((rs, ctx) -> {
                    long used = rs.getLong("used_at");
                    Instant usedAt = rs.wasNull() ? null : Instant.ofEpochMilli(used);
                    return new Reset(new UserId(rs.getLong("user_id")), Instant.ofEpochMilli(rs.getLong("expires_at")),
                            usedAt);
                }).findOne());
    }

    @Override
    public boolean complete(String tokenHash, UserId userId, String passwordHash, Instant now) {
        long at = now.toEpochMilli();
        return jdbi.inTransaction(h -> {
            int claimed = h.createUpdate("UPDATE password_resets SET used_at = :now WHERE token_hash = :hash"
                            + " AND user_id = :user AND used_at IS NULL AND expires_at > :now")
                    .bind("now", at).bind("hash", tokenHash).bind("user", userId.value()).execute();
            if (claimed != 1) {
                return false;
            }
            h.createUpdate("UPDATE users SET password_hash = :pw WHERE id = :user")
                    .bind("pw", passwordHash).bind("user", userId.value()).execute();
            h.createUpdate("DELETE FROM sessions WHERE user_id = :user").bind("user", userId.value()).execute();
            h.createUpdate("DELETE FROM known_devices WHERE user_id = :user").bind("user", userId.value()).execute();
            h.createUpdate("UPDATE api_tokens SET revoked_at = :now WHERE user_id = :user AND revoked_at IS NULL")
                    .bind("now", at).bind("user", userId.value()).execute();
            h.createUpdate("DELETE FROM password_resets WHERE user_id = :user AND token_hash <> :hash")
                    .bind("user", userId.value()).bind("hash", tokenHash).execute();
            return true;
        });
    }

    @Override
    public int purge(Instant before) {
        return jdbi.inTransaction(h -> h.createUpdate("DELETE FROM password_resets WHERE expires_at < :before")
                .bind("before", before.toEpochMilli()).execute());
    }
}
