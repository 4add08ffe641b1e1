package org.openplate.diary;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A new diary entry (see {@link DiaryRequests#addEntry}).
 *
 * @param date   the day, or null for today
 * @param mealId the meal, or null for the first one ({@link DiaryRequests#NO_MEAL} when the text was no id)
 */
record AddEntryRequest(LocalDate date, Long mealId, NewEntry entry) {

    public AddEntryRequest {
        Objects.requireNonNull(entry);
    }
}
