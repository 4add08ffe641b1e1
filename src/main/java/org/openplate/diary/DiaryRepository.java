package org.openplate.diary;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.openplate.account.UserId;

/** Storage port for the diary. Every method is scoped to one user. */
public interface DiaryRepository {

    /** The user's meals in order, creating the four defaults on first use. */
    List<Meal> meals(UserId user);

    Meal addMeal(UserId user, String name);

    boolean renameMeal(UserId user, long mealId, String name);

    /** Saves a new order of all the user's meal ids. */
    void reorderMeals(UserId user, List<Long> mealIds);

    /** Deletes a meal with no entries; false when it has entries or is not the user's. */
    boolean deleteMeal(UserId user, long mealId);

    boolean mealHasEntries(UserId user, long mealId);

    /** Live entries of the days from..to (inclusive), ordered by day, meal, position. */
    List<Entry> entries(UserId user, LocalDate from, LocalDate to);

    /**
     * One day's live entries (as {@link #entries} orders them) and its note and water, read together: one
     * statement for a day with entries, which on PostgreSQL is one round trip instead of two.
     */
    DayRows day(UserId user, LocalDate day);

    record DayRows(List<Entry> entries, DayNotes notes) {
        public DayRows {
            entries = List.copyOf(entries);
        }
    }

    /** An entry of the user, live or deleted. */
    Optional<Entry> entry(UserId user, long id);

    boolean entryDeleted(UserId user, long id);

    /** Inserts entries (ids ignored) in one transaction; returns them with their ids. */
    List<Entry> insert(UserId user, List<Entry> entries, long now);

    /** The user's entry (live or deleted) added with this client id. */
    Optional<Entry> entryByClientId(UserId user, String clientId);

    /**
     * Logs one entry at the end of a meal on its day, in one transaction: the meal {@code mealId} (null: the
     * user's first meal), checked to be the user's, and the next free position in it are found by the
     * insert itself, so the entry's own meal and position are ignored. With a client id, an entry of the
     * user's that already has it (a retry, or a simultaneous twin that got in first) is answered instead,
     * with {@code created} false. Empty when the meal is not the user's, or the user has no meals yet.
     */
    Optional<Inserted> append(UserId user, Entry entry, Long mealId, String clientId, long now);

    record Inserted(Entry entry, boolean created) {
    }

    void update(UserId user, Entry entry);

    boolean markDeleted(UserId user, long id, long now);

    boolean restore(UserId user, long id);

    /** Removes for good entries deleted before {@code cutoff} (past their undo window); all users. */
    int purgeDeleted(long cutoff);

    /** The next free position in a meal on a day. */
    int nextPosition(UserId user, LocalDate day, long mealId);

    /**
     * The next free position in a meal on a day, in one statement with the check that the meal is the
     * user's; empty when it is not (or does not exist).
     */
    java.util.OptionalInt nextPositionInOwnMeal(UserId user, LocalDate day, long mealId);

    /**
     * The user's first meal and the next free position in it on a day, in one statement; empty when the
     * user has no meals yet (they are created on first use, by {@link #meals}).
     */
    Optional<Slot> firstMealSlot(UserId user, LocalDate day);

    /** Where a new entry goes: a meal, and a position in it. */
    record Slot(long meal, int position) {
    }

    /** Food ids the user logged most recently (newest first). */
    List<Long> recentFoods(UserId user, int limit);

    /** Food ids the user logged most often since a day (most first). */
    List<Long> frequentFoods(UserId user, LocalDate since, int limit);

    /** Live entries whose food, recipe or quick-add name contains every word (newest day first). */
    List<HistoryRow> history(UserId user, List<String> words, int limit);

    record HistoryRow(Entry entry, String name) {
    }

    DayNotes dayNotes(UserId user, LocalDate day);

    void saveNote(UserId user, LocalDate day, String note);

    void saveWater(UserId user, LocalDate day, double waterMl);

    record DayNotes(String note, double waterMl) {
    }

    DiarySettings settings(UserId user);

    void saveSettings(UserId user, DiarySettings settings);

    List<Recipe> recipes(UserId user);

    Optional<Recipe> recipe(UserId user, long id);

    /** Recipes by id that belong to the user (deleted ones included: they may still be logged). */
    List<Recipe> recipesById(UserId user, Collection<Long> ids);

    /** Inserts (id 0) or replaces a recipe and its ingredients in one transaction; returns its id. */
    long saveRecipe(UserId user, Recipe recipe, long now);

    boolean deleteRecipe(UserId user, long id, long now);
}
