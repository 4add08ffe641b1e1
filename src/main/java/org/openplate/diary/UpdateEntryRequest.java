package org.openplate.diary;

import java.time.LocalDate;

/**
 * Changes to an entry (see {@link DiaryRequests#updateEntry}); null means "keep". The amount and
 * portion apply to food and recipe entries, the quick values to quick adds.
 *
 * @param protein null keeps the value; a {@link Change} of null clears it (likewise carbs, fat, name)
 */
record UpdateEntryRequest(LocalDate date, Long mealId, Double amount, String portion, Double kcal,
                                 Change<Double> protein, Change<Double> carbs, Change<Double> fat,
                                 Change<String> name) {

    /** A value to set, null to clear it. */
    public record Change<T>(T value) {
    }
}
