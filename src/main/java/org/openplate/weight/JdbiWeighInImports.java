package org.openplate.weight;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.openplate.account.UserId;
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

    /** Rows per INSERT: 7 parameters each, well within both databases' limits on parameters per statement. */
    private static final int ROWS_PER_INSERT = 500;

    /**
     * Weigh-ins in multi-row INSERTs; returns their ids in the given order. The ids come back by
     * RETURNING with each row's day, time and weight (neither database promises RETURNING's order);
     * rows alike in all three are interchangeable and take their ids in order.
     */
    long[] insertAll(UserId user, List<WeighIn> rows, long now) {
        long[] ids = new long[rows.size()];
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<WeighIn> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder("INSERT INTO weigh_ins (user_id, day, measured_at, weight_kg,"
                    + " body_fat_pct, waist_cm, created_at) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
            }
            sql.append(" RETURNING id, day, measured_at, weight_kg");
            var q = h.createQuery(sql.toString());
            Map<String, Deque<Integer>> index = new HashMap<>();
            int p = 0;
            for (int i = 0; i < chunk.size(); i++) {
                WeighIn w = chunk.get(i);
                q.bind(p++, user.value()).bind(p++, w.day().toString()).bind(p++, w.measuredAt())
                        .bind(p++, w.weightKg()).bindByType(p++, w.bodyFatPct(), Double.class)
                        .bindByType(p++, w.waistCm(), Double.class).bind(p++, now);
                index.computeIfAbsent(key(w.day().toString(), w.measuredAt(), w.weightKg()), k -> new ArrayDeque<>())
                        .add(from + i);
            }
            int[] returned = {0};
            q.map((rs, ctx) -> {
                Deque<Integer> at = index.get(key(rs.getString("day"), rs.getLong("measured_at"), rs.getDouble("weight_kg")));
                if (at == null || at.isEmpty()) {
                    throw new IllegalStateException("INSERT returned a weigh-in it was not given");
                }
                int i = at.poll();
                ids[i] = rs.getLong("id");
                return i;
            }).forEach(i -> returned[0]++);
            if (returned[0] != chunk.size()) {
                throw new IllegalStateException("INSERT of " + chunk.size() + " weigh-ins returned " + returned[0]);
            }
        }
        return ids;
    }

    private static String key(String day, long measuredAt, double kg) {
        return day + "|" + measuredAt + "|" + kg;
    }

    Optional<WeighIn> latest(UserId user) {
        return JdbiWeightRepository.latest(h, user);
    }
}
