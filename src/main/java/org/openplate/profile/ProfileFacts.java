package org.openplate.profile;

import java.util.List;
import org.openplate.account.UserId;
import org.openplate.units.UnitSystem;

/**
 * Query port owned by the profile feature for the notification scheduler: which users have a profile
 * (paged by id, so no caller reads every user at once) and the few settings it needs for a batch.
 */
public interface ProfileFacts {

    /**
     * @param zone     the stored time-zone id, as text: a bad one fails only its own user's work
     * @param targetKg the target weight, null when none is set
     */
    record Scheduling(UserId user, String zone, UnitSystem units, Double targetKg) {
    }

    /** Up to {@code limit} users with a profile whose id is above {@code afterUserId}, in id order. */
    List<UserId> usersAfter(long afterUserId, int limit);

    /** The scheduling facts of those of these users who have a profile, in one read. */
    List<Scheduling> of(List<UserId> users);
}
