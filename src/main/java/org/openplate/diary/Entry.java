package org.openplate.diary;

import java.time.LocalDate;

/**
 * A stored diary entry: a food or a recipe weighed in grams ({@link PortionEntry}), or a quick add
 * ({@link QuickEntry}). Each kind holds only the fields it has.
 */
public sealed interface Entry permits PortionEntry, QuickEntry {

    /** 0 until stored. */
    long id();

    LocalDate day();

    long mealId();

    /** The order within the meal on the day. */
    int position();

    /** When it was stored (epoch millis; 0 until stored). */
    long createdAt();

    EntryKind kind();

    /** The same entry on another day, meal or position. */
    Entry withPlace(LocalDate newDay, long newMeal, int newPosition);

    /** The same entry as stored under {@code newId} at {@code stored}. */
    Entry stored(long newId, long stored);
}
