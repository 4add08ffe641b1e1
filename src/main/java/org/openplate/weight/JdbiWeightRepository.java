package org.openplate.weight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.openplate.account.UserId;

/** {@link WeightRepository} over JDBI; every statement filters by the user id. */
public final class JdbiWeightRepository implements WeightRepository {

    private final Jdbi jdbi;

    public JdbiWeightRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<WeighIn> insert(UserId user, List<WeighIn> weighIns, long now) {
        return jdbi.inTransaction(h -> {
            List<WeighIn> out = new ArrayList<>();
            for (WeighIn w : weighIns) {
                out.add(insert(h, user, w, now));
            }
            return out;
        });
    }

    /** Inserts one weigh-in inside the caller's transaction; returns it with its id. */
    static WeighIn insert(Handle h, UserId user, WeighIn w, long now) {
        long id = h.createQuery("INSERT INTO weigh_ins (user_id, day, measured_at, weight_kg, body_fat_pct,"
                        + " waist_cm, created_at) VALUES (:user, :day, :at, :kg, :fat, :waist, :now) RETURNING id")
                .bind("user", user.value()).bind("day", w.day().toString()).bind("at", w.measuredAt())
                .bind("kg", w.weightKg()).bind("fat", w.bodyFatPct()).bind("waist", w.waistCm())
                .bind("now", now).mapTo(Long.class).one();
        return new WeighIn(id, w.day(), w.measuredAt(), w.weightKg(), w.bodyFatPct(), w.waistCm());
    }

    @Override
    public List<WeighIn> list(UserId user, LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM weigh_ins WHERE user_id = :user AND day >= :from"
                        + " AND day <= :to ORDER BY day, measured_at, id")
                .bind("user", user.value()).bind("from", from.toString()).bind("to", to.toString())
                .map((rs, ctx) -> map(rs)).list());
    }

    @Override
    public Optional<WeighIn> find(UserId user, long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM weigh_ins WHERE user_id = :user AND id = :id")
                .bind("user", user.value()).bind("id", id).map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public boolean update(UserId user, WeighIn w) {
        return jdbi.inTransaction(h -> h.createUpdate("UPDATE weigh_ins SET day = :day, measured_at = :at, weight_kg = :kg,"
                        + " body_fat_pct = :fat, waist_cm = :waist WHERE id = :id AND user_id = :user")
                .bind("day", w.day().toString()).bind("at", w.measuredAt()).bind("kg", w.weightKg())
                .bind("fat", w.bodyFatPct()).bind("waist", w.waistCm()).bind("id", w.id())
                .bind("user", user.value()).execute()) > 0;
    }

    @Override
    public boolean delete(UserId user, long id) {
        return jdbi.inTransaction(h -> h.createUpdate("DELETE FROM weigh_ins WHERE id = :id AND user_id = :user")
                .bind("id", id).bind("user", user.value()).execute()) > 0;
    }

    @Override
    public Optional<WeighIn> latest(UserId user) {
        return jdbi.withHandle(h -> latest(h, user));
    }

    /** The latest weigh-in (by day, then time), inside the caller's transaction. */
    static Optional<WeighIn> latest(Handle h, UserId user) {
        return h.createQuery("SELECT * FROM weigh_ins WHERE user_id = :user"
                        + " ORDER BY day DESC, measured_at DESC, id DESC LIMIT 1")
                .bind("user", user.value()).map((rs, ctx) -> map(rs)).findOne();
    }

    private static WeighIn map(ResultSet rs) throws SQLException {
        double fat = rs.getDouble("body_fat_pct");
        Double bodyFat = rs.wasNull() ? null : fat;
        double waist = rs.getDouble("waist_cm");
        Double waistCm = rs.wasNull() ? null : waist;
        return new WeighIn(rs.getLong("id"), LocalDate.parse(rs.getString("day")), rs.getLong("measured_at"),
                rs.getDouble("weight_kg"), bodyFat, waistCm);
    }
}
