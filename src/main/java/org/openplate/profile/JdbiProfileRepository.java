package org.openplate.profile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.openplate.account.UserId;
import org.openplate.energy.ActivityLevel;
import org.openplate.energy.BmrEquation;
import org.openplate.energy.MacroSplit;
import org.openplate.energy.Sex;
import org.openplate.energy.WeeklyGoal;
import org.openplate.units.UnitSystem;

/** {@link ProfileRepository} over JDBI; every statement is keyed by the user id. */
public final class JdbiProfileRepository implements ProfileRepository {

    private final Jdbi jdbi;

    public JdbiProfileRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Profile> find(UserId userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM profiles WHERE user_id = :user")
                .bind("user", userId.value())
                .map((rs, ctx) -> map(userId, rs))
                .findOne());
    }

    private static Profile map(UserId userId, ResultSet rs) throws SQLException {
        String birth = rs.getString("birth_date");
        return new Profile(userId,
                rs.getString("sex") == null ? null : Sex.fromCode(rs.getString("sex")).orElse(null),
                birth == null ? null : LocalDate.parse(birth),
                nullableDouble(rs, "height_cm"),
                nullableDouble(rs, "weight_kg"),
                ActivityLevel.fromCode(rs.getString("activity")).orElse(ActivityLevel.SEDENTARY),
                WeeklyGoal.fromCode(rs.getString("weekly_goal")).orElse(WeeklyGoal.MAINTAIN),
                nullableDouble(rs, "target_weight_kg"),
                UnitSystem.fromCode(rs.getString("unit_system")).orElse(UnitSystem.US),
                ZoneId.of(rs.getString("time_zone")),
                BmrEquation.fromCode(rs.getString("bmr_equation")).orElse(BmrEquation.MIFFLIN_ST_JEOR),
                nullableDouble(rs, "body_fat_pct"),
                new MacroSplit(rs.getInt("carbs_pct"), rs.getInt("protein_pct"), rs.getInt("fat_pct")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    @Override
    public void save(Profile p) {
        jdbi.useHandle(h -> save(h, p));
    }

    /** Inserts or replaces a profile inside the caller's transaction. */
    static void save(org.jdbi.v3.core.Handle h, Profile p) {
        h.createUpdate("""
                        INSERT INTO profiles (user_id, sex, birth_date, height_cm, weight_kg, activity, weekly_goal,
                            target_weight_kg, unit_system, time_zone, bmr_equation, body_fat_pct,
                            carbs_pct, protein_pct, fat_pct, updated_at)
                        VALUES (:user, :sex, :birth, :height, :weight, :activity, :goal, :target, :units, :zone,
                            :equation, :bodyFat, :carbs, :protein, :fat, :updated)
                        ON CONFLICT (user_id) DO UPDATE SET sex = excluded.sex, birth_date = excluded.birth_date,
                            height_cm = excluded.height_cm, weight_kg = excluded.weight_kg,
                            activity = excluded.activity, weekly_goal = excluded.weekly_goal,
                            target_weight_kg = excluded.target_weight_kg, unit_system = excluded.unit_system,
                            time_zone = excluded.time_zone, bmr_equation = excluded.bmr_equation,
                            body_fat_pct = excluded.body_fat_pct, carbs_pct = excluded.carbs_pct,
                            protein_pct = excluded.protein_pct, fat_pct = excluded.fat_pct,
                            updated_at = excluded.updated_at
                        """)
                .bind("user", p.userId().value())
                .bind("sex", p.sex() == null ? null : p.sex().code())
                .bind("birth", p.birthDate() == null ? null : p.birthDate().toString())
                .bind("height", p.heightCm())
                .bind("weight", p.weightKg())
                .bind("activity", p.activity().code())
                .bind("goal", p.goal().code())
                .bind("target", p.targetWeightKg())
                .bind("units", p.units().code())
                .bind("zone", p.zone().getId())
                .bind("equation", p.equation().code())
                .bind("bodyFat", p.bodyFatPct())
                .bind("carbs", p.macros().carbsPct())
                .bind("protein", p.macros().proteinPct())
                .bind("fat", p.macros().fatPct())
                .bind("updated", p.updatedAt().toEpochMilli())
                .execute();
    }
}
