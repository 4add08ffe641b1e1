package org.openplate.diary;

import java.time.LocalDate;
import java.util.OptionalDouble;
import org.openplate.account.UserId;

/**
 * Where the diary learns a day's exercise calories. Empty means no exercise log exists for the day,
 * and the day then shows no exercise credit.
 */
@FunctionalInterface
public interface ExerciseCalories {

    /** Used until an exercise log is wired in: never any credit. */
    ExerciseCalories NONE = (user, day) -> OptionalDouble.empty();

    OptionalDouble burnedKcal(UserId user, LocalDate day);
}
