package org.openplate.exercise;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openplate.account.UserId;

/** Storage port for the exercise log; every method is scoped to one user. */
public interface ExerciseRepository {

    /** Saves an entry and its check-in (if any) in one transaction; returns it with its id. */
    ExerciseEntry insert(UserId user, ExerciseEntry entry, long now);

    List<ExerciseEntry> entries(UserId user, LocalDate from, LocalDate to);

    /** The calories of each entry of one day, in the order {@link #entries} gives them (empty: none logged). */
    double[] kcalOfDay(UserId user, LocalDate day);

    Optional<ExerciseEntry> entry(UserId user, long id);

    boolean delete(UserId user, long id);

    /** Check-ins, oldest first, up to {@code limit} most recent. */
    List<Dated> checkIns(UserId user, int limit);

    /** A check-in with its day and entry. */
    record Dated(long entryId, LocalDate day, String activity, CheckIn checkIn) {
    }

    /** Activity codes the user logged most recently, newest first. */
    List<String> recentActivities(UserId user, int limit);

    /** Activity codes the user logged most often, most first. */
    List<String> frequentActivities(UserId user, int limit);

    boolean netOfRest(UserId user);

    void saveNetOfRest(UserId user, boolean net);
}
