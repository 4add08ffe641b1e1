package org.openplate.weight;

import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.openplate.account.UserId;

/** {@link WeighInFacts} over JDBI; every statement filters by the user. */
public final class JdbiWeighInFacts implements WeighInFacts {

    private final Jdbi jdbi;

    public JdbiWeighInFacts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<WeighInFact> first(UserId user) {
        return weighIn(user, "ASC");
    }

    @Override
    public Optional<WeighInFact> latest(UserId user) {
        return weighIn(user, "DESC");
    }

    /** {@code order} is one of two constants above, never user input. */
    private Optional<WeighInFact> weighIn(UserId user, String order) {
        return jdbi.withHandle(h -> h.createQuery("SELECT day, weight_kg FROM weigh_ins WHERE user_id = :user"
                        + " ORDER BY day " + order + ", measured_at " + order + " LIMIT 1").bind("user", user.value())
                .map((rs, ctx) -> new WeighInFact(LocalDate.parse(rs.getString("day")), rs.getDouble("weight_kg")))
                .findOne());
    }
}
