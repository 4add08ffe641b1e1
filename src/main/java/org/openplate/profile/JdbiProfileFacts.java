package org.openplate.profile;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.openplate.account.UserId;
import org.openplate.units.UnitSystem;

/** {@link ProfileFacts} over JDBI: one query for all users. */
public final class JdbiProfileFacts implements ProfileFacts {

    private final Jdbi jdbi;

    public JdbiProfileFacts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Scheduling> everyone() {
        return jdbi.withHandle(h -> h.createQuery("SELECT user_id, time_zone, unit_system, target_weight_kg"
                        + " FROM profiles ORDER BY user_id")
                .map((rs, ctx) -> {
                    double t = rs.getDouble("target_weight_kg");
                    Double target = rs.wasNull() ? null : t;
                    return new Scheduling(new UserId(rs.getLong("user_id")), rs.getString("time_zone"),
                            UnitSystem.fromCode(rs.getString("unit_system")).orElse(UnitSystem.METRIC), target);
                }).list());
    }
}
