package org.openplate.weight;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
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
            // plain JDBC for the rows: JDBI's per-argument binding and SQL parsing cost more than the insert itself
            Map<String, Deque<Integer>> index = new HashMap<>();
            int returned = 0;
            try (PreparedStatement ps = h.getConnection().prepareStatement(sql.toString())) {
                int p = 1;
                for (int i = 0; i < chunk.size(); i++) {
                    WeighIn w = chunk.get(i);
                    ps.setLong(p++, user.value());
                    ps.setString(p++, w.day().toString());
                    ps.setLong(p++, w.measuredAt());
                    ps.setDouble(p++, w.weightKg());
                    nullable(ps, p++, w.bodyFatPct());
                    nullable(ps, p++, w.waistCm());
                    ps.setLong(p++, now);
                    index.computeIfAbsent(key(w.day().toString(), w.measuredAt(), w.weightKg()),
                            k -> new ArrayDeque<>()).add(from + i);
                }
                ps.execute();
                try (ResultSet rs = ps.getResultSet()) {
                    while (rs.next()) {
                        Deque<Integer> at = index.get(key(rs.getString("day"), rs.getLong("measured_at"),
                                rs.getDouble("weight_kg")));
                        if (at == null || at.isEmpty()) {
                            throw new IllegalStateException("INSERT returned a weigh-in it was not given");
                        }
                        ids[at.poll()] = rs.getLong("id");
                        returned++;
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot insert weigh-ins: " + e.getMessage(), e);
            }
            if (returned != chunk.size()) {
                throw new IllegalStateException("INSERT of " + chunk.size() + " weigh-ins returned " + returned);
            }
        }
        return ids;
    }

    private static void nullable(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }

    private static String key(String day, long measuredAt, double kg) {
        return day + "|" + measuredAt + "|" + kg;
    }

    Optional<WeighIn> latest(UserId user) {
        return JdbiWeightRepository.latest(h, user);
    }
}
