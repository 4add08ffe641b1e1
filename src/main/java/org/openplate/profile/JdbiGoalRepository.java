package org.openplate.profile;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.openplate.account.UserId;

/** {@link GoalRepository} over JDBI, filtered by user. */
public final class JdbiGoalRepository implements GoalRepository {

    private final Jdbi jdbi;

    public JdbiGoalRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(UserId user, GoalChange c) {
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO goal_changes (user_id, changed_at, goal_kcal, source, weight_kg,"
                        + " note) VALUES (:user, :at, :goal, :source, :weight, :note)")
                .bind("user", user.value()).bind("at", c.changedAt().toEpochMilli()).bind("goal", c.goalKcal())
                .bind("source", c.source().code()).bind("weight", c.weightKg()).bind("note", c.note()).execute());
    }

    @Override
    public List<GoalChange> history(UserId user, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM goal_changes WHERE user_id = :user"
                        + " ORDER BY changed_at DESC, id DESC LIMIT :limit").bind("user", user.value()).bind("limit", limit)
                .map((rs, ctx) -> {
                    double w = rs.getDouble("weight_kg");
                    Double weight = rs.wasNull() ? null : w;
                    return new GoalChange(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("changed_at")),
                            rs.getInt("goal_kcal"), GoalSource.fromCode(rs.getString("source")), weight, rs.getString("note"));
                }).list());
    }
}
