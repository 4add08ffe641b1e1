package org.openplate.exercise;

import org.jdbi.v3.core.Handle;
import org.openplate.account.UserId;
import org.openplate.storage.Transaction;

/** The SQL behind {@link ExerciseImports}: the repository's own insert, on the caller's transaction. */
final class JdbiExerciseImports {

    private final Handle h;

    JdbiExerciseImports(Transaction tx) {
        this.h = tx.handle();
    }

    ExerciseEntry insert(UserId user, ExerciseEntry e, long now) {
        return JdbiExerciseRepository.insert(h, user, e, now);
    }
}
