package org.openplate.profile;

import java.time.LocalDate;
import org.openplate.account.UserId;

/**
 * What happens when a profile gets its first body weight (at sign-up, from the calculator, or on the
 * profile form): the weight feature records it as the first weigh-in, so the weight page is not empty.
 * The profile feature owns this port because the weight feature depends on it, not the other way round.
 */
@FunctionalInterface
public interface FirstWeight {

    FirstWeight NONE = (user, day, kg) -> { };

    /** {@code kg} was set on {@code day} (the user's today) where the profile had no weight before. */
    void firstWeight(UserId user, LocalDate day, double kg);
}
