package org.openplate.exercise;

import java.time.LocalDate;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.storage.Transaction;

/**
 * Exercise written by an import, inside the caller's transaction, as the log's manual entries are
 * ({@link ExerciseService#log}): the calories are the ones given (0 to 10,000 kcal, marked as typed
 * in, not computed from a MET), and the name is at most 80 characters.
 */
public final class ExerciseImports {

    private final JdbiExerciseImports store;

    private ExerciseImports(JdbiExerciseImports store) {
        this.store = store;
    }

    public static ExerciseImports in(Transaction tx) {
        return new ExerciseImports(new JdbiExerciseImports(tx));
    }

    /** Logs a manual entry; returns its id. Calories out of range refuse the whole import. */
    public long addManual(UserId user, LocalDate day, String name, Double minutes, Integer sets, Integer reps,
                          Double loadKg, double kcal, long now) {
        if (!(kcal >= 0 && kcal <= ExerciseRequests.MAX_KCAL)) {
            throw new BadInputException("file", "The exercise \"" + name + "\" of " + day
                    + " must come to 0 to 10,000 kcal; nothing was imported.");
        }
        String shown = name == null || name.isBlank() ? "Exercise" : name.strip();
        if (shown.length() > ExerciseRequests.MAX_NAME) {
            shown = shown.substring(0, ExerciseRequests.MAX_NAME);
        }
        ExerciseEntry e = new ExerciseEntry(0, day, ExerciseEntry.MANUAL, null, null, shown, minutes, null, sets, reps,
                loadKg, null, null, null, false, kcal, true, null);
        return store.insert(user, e, now).id();
    }
}
