package org.openplate.diary;

import java.time.LocalDate;
import java.util.List;
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

    int nextPosition(UserId user, LocalDate day, long mealId) {
        return JdbiDiaryRepository.nextPosition(h, user, day, mealId);
    }

    /** A food entry; the meal is the user's (checked by the caller through {@link #meals}). */
    long insertFood(UserId user, LocalDate day, long mealId, int position, long foodId, double amount, String unit,
                    double grams, long now) {
        return h.createUpdate("INSERT INTO diary_entries (user_id, day, meal_id, position, kind, food_id, amount, unit,"
                        + " grams, created_at) VALUES (:user, :day, :meal, :position, :kind, :food, :amount, :unit,"
                        + " :grams, :now)")
                .bind("user", user.value()).bind("day", day.toString()).bind("meal", mealId)
                .bind("position", position).bind("kind", EntryKind.FOOD.code()).bind("food", foodId)
                .bind("amount", amount).bind("unit", unit).bind("grams", grams).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
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
