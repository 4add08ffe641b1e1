package org.openplate.notification;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.openplate.account.UserId;

/**
 * {@link DueQueue} over the {@code notification_due} table. On PostgreSQL the claim locks the rows it
 * picks with {@code FOR UPDATE SKIP LOCKED}, so instances claiming at once take different users without
 * waiting; SQLite has one writer, so its claim (the same UPDATE … RETURNING) is atomic as it is.
 */
final class JdbiDueQueue implements DueQueue {

    private final Jdbi jdbi;
    private final String claimSql;

    /** {@code skipLocked}: the database has {@code FOR UPDATE SKIP LOCKED} (PostgreSQL). */
    JdbiDueQueue(Jdbi jdbi, boolean skipLocked) {
        this.jdbi = jdbi;
        this.claimSql = "UPDATE notification_due SET lease_until = :lease WHERE user_id IN ("
                + "SELECT user_id FROM notification_due WHERE due_at <= :now AND lease_until <= :now"
                + " ORDER BY due_at, user_id LIMIT :limit" + (skipLocked ? " FOR UPDATE SKIP LOCKED" : "") + ")"
                + " RETURNING user_id, goal_checked_on, failures";
    }

    @Override
    public void enrol(List<UserId> users, long dueAt) {
        if (users.isEmpty()) {
            return;
        }
        jdbi.useTransaction(h -> {
            PreparedBatch b = h.prepareBatch("INSERT INTO notification_due (user_id, due_at) VALUES (:user, :due)"
                    + " ON CONFLICT (user_id) DO NOTHING");
            for (UserId u : users) {
                b.bind("user", u.value()).bind("due", dueAt).add();
            }
            b.execute();
        });
    }

    @Override
    public long highestUser() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(user_id), 0) FROM notification_due")
                .mapTo(Long.class).one());
    }

    @Override
    public List<Claim> claim(long now, long leaseUntil, int limit) {
        return jdbi.inTransaction(h -> h.createQuery(claimSql).bind("lease", leaseUntil).bind("now", now)
                .bind("limit", limit)
                .map((rs, ctx) -> {
                    String checked = rs.getString("goal_checked_on");
                    return new Claim(new UserId(rs.getLong("user_id")), checked == null ? null : LocalDate.parse(checked),
                            rs.getInt("failures"));
                }).list());
    }

    @Override
    public void done(UserId user, long nextDue, LocalDate goalCheckedOn) {
        jdbi.useTransaction(h -> h.createUpdate("UPDATE notification_due SET due_at = :due, lease_until = 0, failures = 0,"
                        + " goal_checked_on = :checked WHERE user_id = :user")
                .bind("due", nextDue).bind("checked", goalCheckedOn == null ? null : goalCheckedOn.toString())
                .bind("user", user.value()).execute());
    }

    @Override
    public void failed(UserId user, long retryAt) {
        jdbi.useTransaction(h -> h.createUpdate("UPDATE notification_due SET due_at = :due, lease_until = 0,"
                        + " failures = failures + 1 WHERE user_id = :user")
                .bind("due", retryAt).bind("user", user.value()).execute());
    }

    @Override
    public void remove(UserId user) {
        jdbi.useTransaction(h -> h.createUpdate("DELETE FROM notification_due WHERE user_id = :user")
                .bind("user", user.value()).execute());
    }

    @Override
    public long cursor(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT position FROM notification_cursor WHERE name = :name")
                .bind("name", name).mapTo(Long.class).findOne().orElse(0L));
    }

    @Override
    public boolean moveCursor(String name, long from, long to) {
        return jdbi.inTransaction(h -> {
            h.createUpdate("INSERT INTO notification_cursor (name, position) VALUES (:name, 0)"
                    + " ON CONFLICT (name) DO NOTHING").bind("name", name).execute();
            return h.createUpdate("UPDATE notification_cursor SET position = :to WHERE name = :name AND position = :from")
                    .bind("to", to).bind("name", name).bind("from", from).execute() == 1;
        });
    }
}
