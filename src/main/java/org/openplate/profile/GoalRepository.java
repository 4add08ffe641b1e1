package org.openplate.profile;

import java.util.List;
import java.util.Optional;
import org.openplate.account.UserId;

/** The history of a user's daily-goal changes ({@code goal_changes}). */
interface GoalRepository {

    void add(UserId user, GoalChange change);

    /** Newest first. */
    List<GoalChange> history(UserId user, int limit);

    default Optional<GoalChange> latest(UserId user) {
        return history(user, 1).stream().findFirst();
    }
}
