package org.openplate.diary;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A new diary entry (see {@link DiaryRequests#addEntry}).
 *
 * @param date   the day, or null for today
 * @param mealId   the meal, or null for the first one ({@link DiaryRequests#NO_MEAL} when the text was no id)
 * @param clientId the id the client made for this entry (a UUID), or null: adding again with the same
 *                 one finds the entry already logged instead of logging it twice
 */
record AddEntryRequest(LocalDate date, Long mealId, NewEntry entry, String clientId) {

    public AddEntryRequest {
        Objects.requireNonNull(entry);
    }

    AddEntryRequest(LocalDate date, Long mealId, NewEntry entry) {
        this(date, mealId, entry, null);
    }

    AddEntryRequest withClientId(String id) {
        return new AddEntryRequest(date, mealId, entry, id);
    }
}
