package org.openplate.weight;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openplate.account.UserId;

/** Storage port for weigh-ins; every method is scoped to one user. */
interface WeightRepository {

    /** Inserts weigh-ins in one transaction; returns them with ids. */
    List<WeighIn> insert(UserId user, List<WeighIn> weighIns, long now);

    /** Weigh-ins from..to inclusive, by day and time. */
    List<WeighIn> list(UserId user, LocalDate from, LocalDate to);

    Optional<WeighIn> find(UserId user, long id);

    boolean update(UserId user, WeighIn weighIn);

    boolean delete(UserId user, long id);

    Optional<WeighIn> latest(UserId user);
}
