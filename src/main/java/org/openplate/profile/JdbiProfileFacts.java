package org.openplate.profile;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.openplate.account.UserId;
import org.openplate.units.UnitSystem;

/** {@link ProfileFacts} over JDBI: one query a page or a batch. */
public final class JdbiProfileFacts implements ProfileFacts {

    private final Jdbi jdbi;

    public JdbiProfileFacts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<UserId> usersAfter(long afterUserId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT user_id FROM profiles WHERE user_id > :after"
                        + " ORDER BY user_id LIMIT :limit").bind("after", afterUserId).bind("limit", limit)
                .map((rs, ctx) -> new UserId(rs.getLong(1))).list());
    }

    @Override
    public List<Scheduling> of(List<UserId> users) {
        if (users.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT user_id, time_zone, unit_system, target_weight_kg"
                        + " FROM profiles WHERE user_id IN (<users>) ORDER BY user_id")
                .bindList("users", users.stream().map(UserId::value).toList())
                .map((rs, ctx) -> {
                    double t = rs.getDouble("target_weight_kg");
                    Double target = rs.wasNull() ? null : t;
                    return new Scheduling(new UserId(rs.getLong("user_id")), rs.getString("time_zone"),
                            UnitSystem.fromCode(rs.getString("unit_system")).orElse(UnitSystem.METRIC), target);
                }).list());
    }
}
