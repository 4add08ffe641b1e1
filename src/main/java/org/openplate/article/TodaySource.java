package org.openplate.article;

import java.util.Optional;
import org.openplate.account.UserId;

/**
 * The port through which the article pages ask for a signed-in user's day (the diary and the goal
 * in force answer it), so that the article feature depends on neither.
 */
@FunctionalInterface
public interface TodaySource {

    TodaySource NONE = user -> Optional.empty();

    /** The user's goal and what is left today, or empty while they have no goal. */
    Optional<Today> today(UserId user);
}
