package org.openplate.weight;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.openplate.account.UserId;
import org.openplate.storage.MultiRowInsert;
import org.openplate.storage.Transaction;

/** The SQL behind {@link WeighInImports}: the repository's own statements, on the caller's transaction. */
final class JdbiWeighInImports {

    private final Handle h;

    JdbiWeighInImports(Transaction tx) {
        this.h = tx.handle();
    }

    WeighIn insert(UserId user, WeighIn w, long now) {
        return JdbiWeightRepository.insert(h, user, w, now);
    }

    private static final MultiRowInsert<WeighIn> ROWS = new MultiRowInsert<>("weigh-ins", "weigh_ins",
            List.of("user_id", "day", "measured_at", "weight_kg", "body_fat_pct", "waist_cm", "created_at"),
            List.of("day", "measured_at", "weight_kg"));

    /**
     * Weigh-ins in multi-row INSERTs; returns their ids in the given order. Each row's day, time and weight
     * match the returned ids to the rows; rows alike in all three are interchangeable and take their ids in order.
     */
    long[] insertAll(UserId user, List<WeighIn> rows, long now) {
        return ROWS.insert(h, rows, (p, w) -> p.add(user.value()).add(w.day().toString()).add(w.measuredAt())
                        .add(w.weightKg()).addNullable(w.bodyFatPct()).addNullable(w.waistCm()).add(now),
                w -> key(w.day().toString(), w.measuredAt(), w.weightKg()),
                rs -> key(rs.getString("day"), rs.getLong("measured_at"), rs.getDouble("weight_kg")));
    }

    private static String key(String day, long measuredAt, double kg) {
        return day + "|" + measuredAt + "|" + kg;
    }

    Optional<WeighIn> latest(UserId user) {
        return JdbiWeightRepository.latest(h, user);
    }
}
