package org.openplate.start;

import java.util.Optional;
import org.openplate.account.UserId;

/** Storage port for the "get started" card's state; every method is scoped to one user. */
interface GetStartedRepository {

    /** What is stored (times in epoch millis, null when not yet). */
    record State(Long dismissedAt, Long weightLoggedAt, Long doneAt) {
    }

    Optional<State> find(UserId user);

    void dismiss(UserId user, long now);

    void weightLogged(UserId user, long now);

    void done(UserId user, long now);
}
