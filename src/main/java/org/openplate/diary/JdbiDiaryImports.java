package org.openplate.diary;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.openplate.account.UserId;
import org.openplate.storage.Transaction;

/**
 * The SQL behind {@link DiaryImports}, on the caller's transaction: the repository's own statements
 * for meals and positions, plus the inserts an import needs. Every statement is keyed by the user.
 */
final class JdbiDiaryImports {

    private final Handle h;

    JdbiDiaryImports(Transaction tx) {
        this.h = tx.handle();
    }

    /** The user's meals in order, creating the four defaults on first use (as the diary does). */
    List<Meal> meals(UserId user) {
        List<Meal> meals = JdbiDiaryRepository.listMeals(h, user);
        return meals.isEmpty() ? JdbiDiaryRepository.mealsWithDefaults(h, user) : meals;
    }

    Meal addMeal(UserId user, String name) {
        int position = h.createQuery("SELECT COALESCE(MAX(position), -1) + 1 FROM diary_meals WHERE user_id = :user")
                .bind("user", user.value()).mapTo(Integer.class).one();
        return new Meal(JdbiDiaryRepository.insertMeal(h, user, name, position), name, position);
    }

    /** A food entry with its position. */
    record NewEntry(DiaryImports.FoodEntry entry, int position) {
    }

    /**
     * Rows per INSERT (10 parameters each) and days per position query: well within both databases'
     * limits on parameters per statement (SQLite 32,766, PostgreSQL 65,535).
     */
    private static final int ROWS_PER_INSERT = 500;

    /** "day|mealId" → the highest position taken in that meal on that day, for the user's meals on these days. */
    Map<String, Integer> lastPositions(UserId user, Collection<LocalDate> days) {
        Map<String, Integer> out = new HashMap<>();
        List<String> all = days.stream().map(LocalDate::toString).toList();
        for (int from = 0; from < all.size(); from += ROWS_PER_INSERT) {
            h.createQuery("SELECT day, meal_id, MAX(position) AS last FROM diary_entries WHERE user_id = :user"
                            + " AND day IN (<days>) GROUP BY day, meal_id").bind("user", user.value())
                    .bindList("days", all.subList(from, Math.min(all.size(), from + ROWS_PER_INSERT)))
                    .map((rs, ctx) -> Map.entry(rs.getString("day") + "|" + rs.getLong("meal_id"), rs.getInt("last")))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    /**
     * Food entries (their meals are the user's, checked by the caller through {@link #meals}), in
     * multi-row INSERTs; returns their ids in the given order. The ids come back by RETURNING with each
     * row's day, meal and position, which are distinct among new rows (neither database promises
     * RETURNING's order).
     */
    long[] insertFoods(UserId user, List<NewEntry> rows, long now) {
        long[] ids = new long[rows.size()];
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<NewEntry> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder("INSERT INTO diary_entries (user_id, day, meal_id, position, kind,"
                    + " food_id, amount, unit, grams, created_at) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            }
            sql.append(" RETURNING id, day, meal_id, position");
            // plain JDBC for the rows: JDBI's per-argument binding and SQL parsing cost more than the insert itself
            Map<String, Integer> index = new HashMap<>();
            int returned = 0;
            try (PreparedStatement ps = h.getConnection().prepareStatement(sql.toString())) {
                int p = 1;
                for (int i = 0; i < chunk.size(); i++) {
                    NewEntry r = chunk.get(i);
                    DiaryImports.FoodEntry e = r.entry();
                    ps.setLong(p++, user.value());
                    ps.setString(p++, e.day().toString());
                    ps.setLong(p++, e.mealId());
                    ps.setInt(p++, r.position());
                    ps.setString(p++, EntryKind.FOOD.code());
                    ps.setLong(p++, e.foodId());
                    ps.setDouble(p++, e.amount());
                    ps.setString(p++, e.unit());
                    ps.setDouble(p++, e.grams());
                    ps.setLong(p++, now);
                    index.put(e.day() + "|" + e.mealId() + "|" + r.position(), from + i);
                }
                ps.execute();
                try (ResultSet rs = ps.getResultSet()) {
                    while (rs.next()) {
                        Integer at = index.get(rs.getString("day") + "|" + rs.getLong("meal_id") + "|"
                                + rs.getInt("position"));
                        if (at == null) {
                            throw new IllegalStateException("INSERT returned a row it was not given");
                        }
                        ids[at] = rs.getLong("id");
                        returned++;
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot insert diary entries: " + e.getMessage(), e);
            }
            if (returned != chunk.size()) {
                throw new IllegalStateException("INSERT of " + chunk.size() + " entries returned " + returned);
            }
        }
        return ids;
    }

    DiaryRepository.DayNotes day(UserId user, LocalDate day) {
        return h.createQuery("SELECT note, water_ml FROM diary_days WHERE user_id = :user AND day = :day")
                .bind("user", user.value()).bind("day", day.toString())
                .map((rs, ctx) -> new DiaryRepository.DayNotes(rs.getString("note"), rs.getDouble("water_ml")))
                .findOne().orElse(new DiaryRepository.DayNotes(null, 0));
    }

    void saveNote(UserId user, LocalDate day, String note) {
        h.createUpdate("INSERT INTO diary_days (user_id, day, note) VALUES (:user, :day, :note)"
                        + " ON CONFLICT (user_id, day) DO UPDATE SET note = excluded.note")
                .bind("user", user.value()).bind("day", day.toString()).bind("note", note).execute();
    }

    void saveWater(UserId user, LocalDate day, double waterMl) {
        h.createUpdate("INSERT INTO diary_days (user_id, day, water_ml) VALUES (:user, :day, :w)"
                        + " ON CONFLICT (user_id, day) DO UPDATE SET water_ml = excluded.water_ml")
                .bind("user", user.value()).bind("day", day.toString()).bind("w", waterMl).execute();
    }
}
