package org.openplate.account;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** {@link MailOutboxRepository} over JDBI; the same SQL on SQLite and PostgreSQL. */
final class JdbiMailOutboxRepository implements MailOutboxRepository {

    private final Jdbi jdbi;

    JdbiMailOutboxRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void addReset(String email, Instant now) {
        insert(Kind.PASSWORD_RESET, null, email, "password reset", null, null, now);
    }

    @Override
    public void addMessage(UserId user, String label, String subject, String body, Instant now) {
        insert(Kind.MESSAGE, user, null, label, subject, body, now);
    }

    private void insert(Kind kind, UserId user, String email, String label, String subject, String body,
                        Instant now) {
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO mail_outbox (kind, user_id, email, label, subject, body,"
                        + " created_at, due_at, lease_until, attempts)"
                        + " VALUES (:kind, :user, :email, :label, :subject, :body, :now, :now, 0, 0)")
                .bind("kind", kind.name()).bind("user", user == null ? null : user.value()).bind("email", email)
                .bind("label", label).bind("subject", subject).bind("body", body)
                .bind("now", now.toEpochMilli()).execute());
    }

    @Override
    public List<Pending> due(Instant now, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, kind, user_id, email, label, subject, body, lease_until,"
                        + " attempts FROM mail_outbox WHERE due_at <= :now AND lease_until <= :now ORDER BY id LIMIT :n")
                .bind("now", now.toEpochMilli()).bind("n", limit)
                .map((rs, ctx) -> {
                    long user = rs.getLong("user_id");
                    UserId userId = rs.wasNull() ? null : new UserId(user);
                    return new Pending(rs.getLong("id"), Kind.valueOf(rs.getString("kind")), userId,
                            rs.getString("email"), rs.getString("label"), rs.getString("subject"),
                            rs.getString("body"), rs.getLong("lease_until"), rs.getInt("attempts"));
                }).list());
    }

    @Override
    public boolean claim(Pending row, Instant until) {
        return jdbi.inTransaction(h -> h.createUpdate("UPDATE mail_outbox SET lease_until = :until,"
                        + " attempts = attempts + 1 WHERE id = :id AND lease_until = :seen")
                .bind("until", until.toEpochMilli()).bind("id", row.id()).bind("seen", row.leaseUntil())
                .execute()) == 1;
    }

    @Override
    public void delete(long id) {
        jdbi.useTransaction(h -> h.createUpdate("DELETE FROM mail_outbox WHERE id = :id").bind("id", id).execute());
    }

    @Override
    public void retryAt(long id, Instant dueAt) {
        jdbi.useTransaction(h -> h.createUpdate("UPDATE mail_outbox SET due_at = :due, lease_until = 0 WHERE id = :id")
                .bind("due", dueAt.toEpochMilli()).bind("id", id).execute());
    }

    @Override
    public int purge(Instant before) {
        return jdbi.inTransaction(h -> h.createUpdate("DELETE FROM mail_outbox WHERE created_at < :before")
                .bind("before", before.toEpochMilli()).execute());
    }

    @Override
    public int count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM mail_outbox").mapTo(Integer.class).one());
    }
}
