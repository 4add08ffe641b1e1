package org.openplate.start;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.openplate.account.UserId;

/** The card's state in {@code get_started}: one row per user, written on the first change (both databases). */
final class JdbiGetStartedRepository implements GetStartedRepository {

    private final Jdbi jdbi;

    JdbiGetStartedRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<State> find(UserId user) {
        return jdbi.withHandle(h -> h.createQuery("SELECT dismissed_at, weight_logged_at, done_at FROM get_started"
                        + " WHERE user_id = :user").bind("user", user.value())
                .map((rs, ctx) -> new State(nullable(rs, "dismissed_at"), nullable(rs, "weight_logged_at"),
                        nullable(rs, "done_at")))
                .findOne());
    }

    private static Long nullable(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    @Override
    public void dismiss(UserId user, long now) {
        set(user, "dismissed_at", now);
    }

    @Override
    public void weightLogged(UserId user, long now) {
        set(user, "weight_logged_at", now);
    }

    @Override
    public void done(UserId user, long now) {
        set(user, "done_at", now);
    }

    /** {@code column} is one of the three names above, never user input. */
    private void set(UserId user, String column, long now) {
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO get_started (user_id, " + column + ") VALUES (:user, :now)"
                        + " ON CONFLICT (user_id) DO UPDATE SET " + column + " = excluded." + column)
                .bind("user", user.value()).bind("now", now).execute());
    }
}
