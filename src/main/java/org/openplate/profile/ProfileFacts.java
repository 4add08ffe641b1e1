package org.openplate.profile;

import java.util.List;
import org.openplate.account.UserId;
import org.openplate.units.UnitSystem;

/**
 * Query port owned by the profile feature for features that walk all users (the notification
 * scheduler): the few profile settings they need, for every user in one read.
 */
public interface ProfileFacts {

    /**
     * @param zone     the stored time-zone id, as text: a bad one fails only its own user's work
     * @param targetKg the target weight, null when none is set
     */
    record Scheduling(UserId user, String zone, UnitSystem units, Double targetKg) {
    }

    /** Every user with a profile, by user id. */
    List<Scheduling> everyone();
}
