package org.openplate.notification;

import java.util.Optional;
import org.openplate.account.UserId;

/**
 * Port to the adaptive-expenditure feature: is there a reason to update this user's daily goal?
 * The key identifies the reason and the goal it is about, so each prompt is created once.
 */
@FunctionalInterface
public interface GoalUpdates {

    Optional<Prompt> due(UserId user);

    record Prompt(String key, String title, String body) {
    }

    static GoalUpdates none() {
        return user -> Optional.empty();
    }
}
