package org.openplate.diary;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Copy the entries of a day ({@code fromMealId}: only that meal) to another day ({@code toMealId}:
 * all into that meal, else into the same meals).
 */
record CopyRequest(LocalDate from, Long fromMealId, LocalDate to, Long toMealId) {

    public CopyRequest {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
    }
}
