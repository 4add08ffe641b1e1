package org.openplate.diary;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.openplate.account.UserId;
import org.openplate.storage.MultiRowInsert;
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

    /** Days per position query: well within both databases' limits on parameters per statement. */
    private static final int DAYS_PER_QUERY = 500;

    private static final MultiRowInsert<NewEntry> FOODS = new MultiRowInsert<>("diary entries", "diary_entries",
            List.of("user_id", "day", "meal_id", "position", "kind", "food_id", "amount", "unit", "grams", "created_at"),
            List.of("day", "meal_id", "position"));

    /** "day|mealId" → the highest position taken in that meal on that day, for the user's meals on these days. */
    Map<String, Integer> lastPositions(UserId user, Collection<LocalDate> days) {
        Map<String, Integer> out = new HashMap<>();
        List<String> all = days.stream().map(LocalDate::toString).toList();
        for (int from = 0; from < all.size(); from += DAYS_PER_QUERY) {
            h.createQuery("SELECT day, meal_id, MAX(position) AS last FROM diary_entries WHERE user_id = :user"
                            + " AND day IN (<days>) GROUP BY day, meal_id").bind("user", user.value())
                    .bindList("days", all.subList(from, Math.min(all.size(), from + DAYS_PER_QUERY)))
                    .map((rs, ctx) -> Map.entry(rs.getString("day") + "|" + rs.getLong("meal_id"), rs.getInt("last")))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    /**
     * Food entries (their meals are the user's, checked by the caller through {@link #meals}), in
     * multi-row INSERTs; returns their ids in the given order. Each row's day, meal and position, distinct
     * among new rows, match the returned ids to the rows.
     */
    long[] insertFoods(UserId user, List<NewEntry> rows, long now) {
        return FOODS.insert(h, rows, (p, r) -> p.add(user.value()).add(r.entry().day().toString())
                        .add(r.entry().mealId()).add(r.position()).add(EntryKind.FOOD.code()).add(r.entry().foodId())
                        .add(r.entry().amount()).add(r.entry().unit()).add(r.entry().grams()).add(now),
                r -> r.entry().day() + "|" + r.entry().mealId() + "|" + r.position(),
                rs -> rs.getString("day") + "|" + rs.getLong("meal_id") + "|" + rs.getInt("position"));
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
