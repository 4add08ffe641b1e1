package org.openplate.diary;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.storage.Transaction;

/**
 * Diary rows written by an import, inside the caller's transaction, with the rules of the diary's own
 * write path ({@link DiaryService}): a user's first diary use creates the default meals; a new meal goes
 * last, with a name of at most 40 characters, and a diary has at most 10 meals; each entry takes the next
 * position in its meal on its day; a day's note is at most 2,000 characters and its water at most
 * 20,000 ml. One instance serves one import (it remembers meals and positions it has handed out).
 */
public final class DiaryImports {

    private final JdbiDiaryImports store;
    private final long now;
    private final Map<String, Long> meals = new HashMap<>();
    /** "day|mealId" → the last position handed out in that meal on that day. */
    private final Map<String, Integer> positions = new HashMap<>();
    private int mealsAdded;

    private DiaryImports(JdbiDiaryImports store, long now) {
        this.store = store;
        this.now = now;
    }

    /** @param now the time stamp of the rows written (epoch ms) */
    public static DiaryImports in(Transaction tx, long now) {
        return new DiaryImports(new JdbiDiaryImports(tx), now);
    }

    /**
     * The user's meal for another tracker's meal name: the same name, its singular or plural, any
     * "snack…" as Snacks (and no name or "uncategorized" as Snacks), else a new meal at the end.
     * A new meal beyond the diary's limit refuses the whole import.
     */
    public long meal(UserId user, String name) {
        String wanted = name == null || name.isBlank() || name.equalsIgnoreCase("uncategorized") ? "Snacks"
                : name.strip();
        if (wanted.length() > Meal.MAX_NAME) {
            wanted = wanted.substring(0, Meal.MAX_NAME).strip();
        }
        String key = user.value() + "|" + wanted.toLowerCase(Locale.ROOT);
        Long known = meals.get(key);
        if (known != null) {
            return known;
        }
        long id = findOrAdd(user, wanted);
        meals.put(key, id);
        return id;
    }

    private long findOrAdd(UserId user, String wanted) {
        List<Meal> mine = store.meals(user);
        String k = wanted.toLowerCase(Locale.ROOT);
        for (String variant : List.of(k, k.endsWith("s") ? k.substring(0, k.length() - 1) : k + "s",
                k.startsWith("snack") ? "snacks" : k)) {
            for (Meal m : mine) {
                if (m.name().toLowerCase(Locale.ROOT).equals(variant)) {
                    return m.id();
                }
            }
        }
        if (mine.size() >= Meal.MAX_MEALS) {
            throw new BadInputException("file", "The import would give your diary more than " + Meal.MAX_MEALS
                    + " meals (\"" + wanted + "\" is one too many); rename or delete a meal first."
                    + " Nothing was imported.");
        }
        mealsAdded++;
        return store.addMeal(user, wanted).id();
    }

    /** Meals this import created (the defaults of a first diary use are not counted). */
    public int mealsAdded() {
        return mealsAdded;
    }

    /** A food entry to log: a meal from {@link #meal}, and "g" or the name of one of the food's portions. */
    public record FoodEntry(LocalDate day, long mealId, long foodId, double amount, String unit, double grams) {
    }

    /**
     * Logs a food at the next position of its meal on its day; returns the entry's id.
     *
     * @param mealId a meal from {@link #meal}
     * @param unit   "g", or the name of one of the food's portions
     */
    public long addFood(UserId user, LocalDate day, long mealId, long foodId, double amount, String unit,
                        double grams) {
        return addFoods(user, List.of(new FoodEntry(day, mealId, foodId, amount, unit, grams)))[0];
    }

    /**
     * Logs foods, each at the next position of its meal on its day, in the given order (as that many
     * {@link #addFood} calls would): one read of the positions already taken on the days not seen yet,
     * then the rows in multi-row INSERTs. Returns the entries' ids, in the same order.
     */
    public long[] addFoods(UserId user, List<FoodEntry> entries) {
        java.util.Set<LocalDate> unseen = new java.util.TreeSet<>();
        for (FoodEntry e : entries) {
            if (!meals.containsValue(e.mealId())) {
                throw new IllegalArgumentException("meal " + e.mealId() + " was not given by meal()");
            }
            if (!positions.containsKey(e.day() + "|" + e.mealId())) {
                unseen.add(e.day());
            }
        }
        Map<String, Integer> taken = unseen.isEmpty() ? Map.of() : store.lastPositions(user, unseen);
        List<JdbiDiaryImports.NewEntry> rows = new java.util.ArrayList<>(entries.size());
        for (FoodEntry e : entries) {
            int position = positions.compute(e.day() + "|" + e.mealId(),
                    (k, last) -> last != null ? last + 1 : taken.getOrDefault(k, -1) + 1);
            rows.add(new JdbiDiaryImports.NewEntry(e, position));
        }
        return store.insertFoods(user, rows, now);
    }

    /** Adds a line to the day's note; a note longer than the diary allows keeps its first 2,000 characters. */
    public void appendNote(UserId user, LocalDate day, String text) {
        String old = store.day(user, day).note();
        String note = old == null || old.isBlank() ? text : old + "\n" + text;
        if (note.length() > DayNotesService.MAX_NOTE) {
            note = note.substring(0, DayNotesService.MAX_NOTE);
        }
        store.saveNote(user, day, note);
    }

    /** Adds water to the day; a day above the diary's 20,000 ml refuses the whole import. */
    public void addWater(UserId user, LocalDate day, double ml) {
        double total = store.day(user, day).waterMl() + ml;
        if (!(total >= 0 && total <= DayNotesService.MAX_WATER_ML)) {
            throw new BadInputException("file", "Water for " + day + " would come to more than 20,000 ml (about 84"
                    + " cups); nothing was imported.");
        }
        store.saveWater(user, day, total);
    }
}
